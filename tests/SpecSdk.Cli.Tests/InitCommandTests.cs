using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace SpecSdk.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Directory.CreateTempSubdirectory("specsdk-init-").FullName, "repo");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    [Fact]
    public void Without_a_terminal_init_writes_a_repository_with_the_defaults_that_validates_and_builds()
    {
        var (code, output, error) = Cli.Run("init", folder);

        Assert.True(code == 0, error);
        foreach (var path in new[] { "specs/example-county/jurisdiction.md", "specs/example-county/administrative-assistant.md", "specs/synonyms.yml", "specsdk.yml", ".github/workflows/specs.yml", ".config/dotnet-tools.json", ".gitignore", "README.md" })
        {
            Assert.True(File.Exists(Path.Combine(folder, path)), path + " was not written");
            Assert.Contains("Created ", output, StringComparison.Ordinal);
        }

        var specs = Path.Combine(folder, "specs");
        var lenient = Cli.Run("validate", specs);
        Assert.Equal(0, lenient.Code);
        Assert.Contains("2 spec files: 1 jurisdiction, 0 class series, 1 job class; 0 error(s), 3 warning(s)", lenient.Output, StringComparison.Ordinal);
        var strict = Cli.Run("validate", specs, "--warnaserror");
        Assert.Equal(1, strict.Code);
        Assert.All(strict.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error ", StringComparison.Ordinal)), l => Assert.Contains("SPEC080", l, StringComparison.Ordinal));

        var site = Path.Combine(folder, "_site");
        Assert.Equal(0, Cli.Run("build", specs, "-o", site).Code);
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<h1>Example County job classes</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<p>Published by Example County</p>", home, StringComparison.Ordinal);
        // What the build left in the repository, the site and the state it keeps beside it, is ignored.
        var ignored = File.ReadAllText(Path.Combine(folder, ".gitignore")).Split('\n');
        Assert.Contains("_site/", ignored);
        var beside = Directory.GetFileSystemEntries(folder, "._site*").Select(Path.GetFileName).ToList();
        Assert.Equal(new[] { "._site.state" }, beside);
        Assert.All(beside, name => Assert.Contains(name, ignored));

        // The synonyms file is comments to start with; a line written after its example is a synonym validate accepts.
        var synonyms = Path.Combine(specs, "synonyms.yml");
        Assert.Contains("# lawyer: [attorney, counsel]", File.ReadAllText(synonyms), StringComparison.Ordinal);
        File.AppendAllText(synonyms, "lawyer: [attorney, counsel]\n");
        Assert.Contains("0 error(s)", Cli.Run("validate", specs).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_name_the_jurisdiction_class_and_address()
    {
        var (code, _, error) = Cli.Run("init", folder, "-j", "tx", "--name", "State of Texas", "--class", "Records Clerk", "--base-url", "https://jobs.texas.example/");

        Assert.True(code == 0, error);
        var clerk = File.ReadAllText(Path.Combine(folder, "specs", "state-of-texas", "records-clerk.md"));
        Assert.Contains("jurisdiction: tx", clerk, StringComparison.Ordinal);
        Assert.Contains("title: Records Clerk", clerk, StringComparison.Ordinal);
        Assert.Contains("base-url: \"https://jobs.texas.example/\"", File.ReadAllText(Path.Combine(folder, "specsdk.yml")), StringComparison.Ordinal);
        Assert.Contains("-j tx", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_restores_the_tool_validates_to_code_scanning_with_the_whole_history_and_builds()
    {
        Assert.Equal(0, Cli.Run("init", folder).Code);

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(folder, ".github", "workflows", "specs.yml"))));
        var workflow = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal("write", Scalar(Map(workflow, "permissions"), "security-events"));
        var steps = ((YamlSequenceNode)Map(Map(workflow, "jobs"), "specs").Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        string? Uses(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("uses"), out var value) ? ((YamlScalarNode)value).Value : null;
        string Run(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("run"), out var value) ? ((YamlScalarNode)value).Value! : string.Empty;

        var checkout = steps.Single(s => Uses(s)?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Equal("0", Scalar(Map(checkout, "with"), "fetch-depth"));
        var restore = steps.FindIndex(s => Run(s) == "dotnet tool restore");
        var validate = steps.FindIndex(s => Run(s).StartsWith("dotnet specsdk validate specs", StringComparison.Ordinal) && Run(s).Contains("--format sarif > specs.sarif", StringComparison.Ordinal));
        var upload = steps.FindIndex(s => Uses(s)?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        var build = steps.FindIndex(s => Run(s).StartsWith("dotnet specsdk build specs", StringComparison.Ordinal));
        Assert.True(restore >= 0 && restore < validate && validate < upload && upload < build, $"steps in order: restore {restore}, validate {validate}, upload {upload}, build {build}");
        Assert.Equal("specs.sarif", Scalar(Map(steps[upload], "with"), "sarif_file"));
        Assert.StartsWith("always()", Scalar(steps[upload], "if"), StringComparison.Ordinal);
        Assert.Equal("true", Scalar(steps[upload], "continue-on-error"));

        // The manifest installs this version of the tool, under the command the workflow runs.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("specsdk.tool");
        Assert.Equal(ToolVersion.Semantic, tool.GetProperty("version").GetString());
        Assert.Equal(new[] { "specsdk" }, tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void A_clone_s_own_readme_and_gitignore_are_kept()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "README.md"), "Ours.\n");
        File.WriteAllText(Path.Combine(folder, ".gitignore"), "bin/\n");

        var (code, output, error) = Cli.Run("init", folder);

        Assert.True(code == 0, error);
        Assert.Equal("Ours.\n", File.ReadAllText(Path.Combine(folder, "README.md")));
        Assert.Equal("bin/\n", File.ReadAllText(Path.Combine(folder, ".gitignore")));
        Assert.Contains("Kept README.md as it was", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "specsdk.yml")));
    }

    [Theory]
    [InlineData("specs/old.md")]
    [InlineData("specsdk.yml/")]
    [InlineData(".github/workflows/specs.yml")]
    public void A_folder_with_specs_or_one_of_the_files_or_a_folder_in_its_place_is_left_as_it_is(string present)
    {
        var path = Path.Combine(folder, present.TrimEnd('/'));
        if (present.EndsWith('/'))
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "Ours.\n");
        }

        var before = Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (code, _, error) = Cli.Run("init", folder);

        Assert.Equal(2, code);
        Assert.Contains("Nothing was written", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_under_a_file_is_a_one_line_error()
    {
        var file = Path.Combine(Path.GetDirectoryName(folder)!, "a-file");
        File.WriteAllText(file, "x");

        var (code, _, error) = Cli.Run("init", Path.Combine(file, "repo"));

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value;
}
