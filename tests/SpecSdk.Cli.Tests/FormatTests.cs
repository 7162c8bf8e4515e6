using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecSdk.Specs;

namespace SpecSdk.Cli.Tests;

/// <summary>validate's --format sarif and --format github, read back the way code scanning and Actions read them.</summary>
public sealed class FormatTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-format-").FullName;

    public FormatTests()
    {
        // A repository: the folder every printed path is relative to.
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.WriteAllText(Path.Combine(folder, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\ncolour: blue\n---\n");
        Directory.CreateDirectory(Path.Combine(folder, "clerks and typists"));
        File.WriteAllText(Path.Combine(folder, "clerks and typists", "clerk.md"), "---\njurisdiction: t\ntitle: Clerk\nestablished: 1993-13-01\n---\n\n## Duties\n\n- Files.\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Sarif_is_the_whole_of_standard_output_with_every_rule_and_each_result_located()
    {
        var (code, output, error) = Cli.Run("validate", folder, "--format", "sarif");

        Assert.Equal(1, code);
        Assert.Contains("1 error(s), 1 warning(s)", error, StringComparison.Ordinal);
        using var log = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("specsdk", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(SpecDiagnostics.All.Concat(SpecSdk.Specs.Config.ConfigDiagnostics.All).Concat(SpecSdk.Specs.Config.SynonymDiagnostics.All).Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.Matches("^[A-Z][A-Za-z0-9]+$", r.GetProperty("name").GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var date = results.Single(r => r.GetProperty("ruleId").GetString() == "SPEC010");
        Assert.Equal("error", date.GetProperty("level").GetString());
        Assert.Equal("SPEC010", rules[date.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.StartsWith("'1993-13-01' is not a valid date", date.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var location = date.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal("clerks%20and%20typists/clerk.md", uri);
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((4, 14, 4, 24), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        // The URI resolves against %SRCROOT% to the file that has the error.
        var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
        Assert.Equal(Path.Combine(folder, "clerks and typists", "clerk.md"), new Uri(root, uri).LocalPath);
        Assert.Equal("warning", results.Single(r => r.GetProperty("ruleId").GetString() == "SPEC007").GetProperty("level").GetString());

        // Each rule links its section of the published diagnostics page.
        Assert.All(rules, r => Assert.Equal("https://specsdk.dev/docs/diagnostics#" + r.GetProperty("id").GetString()!.ToLowerInvariant(), r.GetProperty("helpUri").GetString()));
    }

    [Fact]
    public void Docs_url_sets_the_base_of_every_rule_s_help()
    {
        var (_, output, _) = Cli.Run("validate", folder, "--format", "sarif", "--docs-url", "https://git.example.gov/hr/specsdk/blob/main/docs/diagnostics.md");

        using var log = JsonDocument.Parse(output);
        var rule = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().First(r => r.GetProperty("id").GetString() == "SPEC010");
        Assert.Equal("https://git.example.gov/hr/specsdk/blob/main/docs/diagnostics.md#spec010", rule.GetProperty("helpUri").GetString());
    }

    [Theory]
    [InlineData("docs/diagnostics.md")]
    [InlineData("https://x.example/d?x=1#top")]
    [InlineData("ftp://x.example/d")]
    public void Docs_url_must_be_an_absolute_web_address_without_a_fragment(string url)
    {
        var (code, _, error) = Cli.Run("validate", folder, "--format", "sarif", "--docs-url", url);

        Assert.Equal(2, code);
        Assert.Contains("--docs-url must be an absolute http or https address without a #fragment", error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_uris_keep_a_percent_sign_in_a_folder_s_name()
    {
        var repository = Path.Combine(Directory.CreateTempSubdirectory("specsdk-pct-").FullName, "re#po %41 x");
        try
        {
            Directory.CreateDirectory(Path.Combine(repository, ".git"));
            File.WriteAllText(Path.Combine(repository, "a#b%41.md"), "---\ntitle: Clerk\nestablished: 1993-13-01\n---\n");
            using var sarif = JsonDocument.Parse(Cli.Run("validate", repository, "--format", "sarif").Output);
            var run = sarif.RootElement.GetProperty("runs")[0];
            var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
            var uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

            Assert.Equal(Path.Combine(repository, "a#b%41.md"), Uri.UnescapeDataString(new Uri(root, uri).AbsolutePath));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(repository)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(true, null, "hr/specs/")]
    [InlineData(false, null, "hr/specs/")]
    [InlineData(true, "hr", "specs/")]
    public void Paths_are_relative_to_the_repository_in_text_github_and_sarif_alike(bool gitFolder, string? root, string prefix)
    {
        var repository = Directory.CreateTempSubdirectory("specsdk-repo-").FullName;
        try
        {
            // A clone has a .git folder; a worktree or submodule a .git file.
            if (gitFolder)
            {
                Directory.CreateDirectory(Path.Combine(repository, ".git"));
            }
            else
            {
                File.WriteAllText(Path.Combine(repository, ".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
            }

            var specs = Path.Combine(repository, "hr", "specs");
            Directory.CreateDirectory(specs);
            File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\ntitle: Clerk\nestablished: 1993-13-01\n---\n");
            var rootArgs = root is null ? Array.Empty<string>() : new[] { "--root", Path.Combine(repository, root) };

            var text = Cli.Run(new[] { "validate", specs }.Concat(rootArgs).ToArray()).Output;
            var github = Cli.Run(new[] { "validate", specs, "--format", "github" }.Concat(rootArgs).ToArray()).Output;
            using var sarif = JsonDocument.Parse(Cli.Run(new[] { "validate", specs, "--format", "sarif" }.Concat(rootArgs).ToArray()).Output);

            Assert.Contains(prefix + "clerk.md(3,14): error SPEC010:", text, StringComparison.Ordinal);
            Assert.Contains("file=" + prefix + "clerk.md,line=3,", github, StringComparison.Ordinal);
            var run = sarif.RootElement.GetProperty("runs")[0];
            var location = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "SPEC010").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal(prefix + "clerk.md", location.GetProperty("uri").GetString());
            var baseUri = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!);
            Assert.Equal(Path.Combine(specs, "clerk.md"), new Uri(baseUri, location.GetProperty("uri").GetString()).LocalPath);
        }
        finally
        {
            Directory.Delete(repository, recursive: true);
        }
    }

    [Fact]
    public void A_file_outside_the_root_is_shown_by_its_full_path_and_located_by_its_file_uri()
    {
        var elsewhere = Directory.CreateTempSubdirectory("specsdk-root-").FullName;
        try
        {
            var text = Cli.Run("validate", folder, "--root", elsewhere).Output;
            using var sarif = JsonDocument.Parse(Cli.Run("validate", folder, "--root", elsewhere, "--format", "sarif").Output);

            Assert.Contains(Path.Combine(folder, "clerks and typists", "clerk.md") + "(4,14): error SPEC010:", text, StringComparison.Ordinal);
            var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.False(location.TryGetProperty("uriBaseId", out _));
            Assert.StartsWith("file:///", location.GetProperty("uri").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Github_annotations_carry_the_span_and_warnaserror_makes_warnings_errors()
    {
        var (code, output, _) = Cli.Run("validate", folder, "--format", "github", "--warnaserror");

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("::error file=clerks and typists/clerk.md,line=4,col=14,endLine=4,endColumn=24,title=SPEC010::'1993-13-01' is not a valid date", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error file=j.md,line=5,col=1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("2 error(s), 0 warning(s)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_github_annotation_cannot_be_ended_or_forged_by_spec_text()
    {
        var diagnostic = SpecDiagnostics.InvalidValue.Create(new SourceLocation { Path = "a,b:c%.md" }, "x\n::error::forged %0A", "y", "z");

        var annotation = DiagnosticPrinter.GithubAnnotation(diagnostic);

        Assert.StartsWith("::error file=a%2Cb%3Ac%25.md,line=1,col=1,", annotation, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', annotation);
        Assert.Contains("x%0A::error::forged %250A", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_bad_usage()
    {
        var (code, _, error) = Cli.Run("validate", folder, "--format", "xml");

        Assert.Equal(2, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
