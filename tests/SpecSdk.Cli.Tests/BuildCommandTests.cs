using System;
using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-build-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Builds_the_seed_handbook()
    {
        var output = Path.Combine(folder, "site");
        var (code, stdout, stderr) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(0, code);
        Assert.Matches(@"^Wrote 18 pages \(\d+ files\) for 7 job classes to .+ in \d+\.\d\d s\.\s*$", stdout);
        Assert.True(File.Exists(Path.Combine(output, "ky", "classes", "73070v000101.html")));
        Assert.Contains("warning: without --base-url, 404.html links from the host's root", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_says_how_many_files_it_kept_from_the_first()
    {
        var output = Path.Combine(folder, "site");
        Assert.Equal(0, Cli.Run("build", TestRepository.Path("seeds"), "-o", output).Code);

        var (code, stdout, _) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(0, code);
        // The seven classes' pages, compare data and search fragments, the series page, the three exports and the 11 spec copies.
        Assert.Matches(@"^Wrote 18 pages \(\d+ files, 36 of them kept from the previous build, unchanged\) for 7 job classes to .+ in \d+\.\d\d s\.\s*$", stdout);
    }

    [Fact]
    public void An_output_named_with_a_trailing_slash_is_the_same_folder_and_its_state_is_beside_it()
    {
        var output = Path.Combine(folder, "site") + Path.DirectorySeparatorChar;
        Assert.Equal(0, Cli.Run("build", TestRepository.Path("seeds"), "-o", output).Code);

        var (code, stdout, stderr) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("36 of them kept from the previous build", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, ".site.state")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(folder, "site"), ".site*"));
    }

    [Fact]
    public void The_site_configuration_beside_the_specs_names_and_colours_the_handbook()
    {
        var specs = CopySeeds();
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllText(Path.Combine(folder, "images", "seal.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        File.WriteAllText(Path.Combine(folder, "specsdk.yml"), "title: Texas <Job> Classes\nlogo: images/seal.svg\nbase-url: https://jobs.example.gov/\nfooter: Published by the State Auditor\ncolours:\n  link: \"#004488\"\n");
        var output = Path.Combine(folder, "site");

        var (code, _, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning", stderr, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<h1>Texas &lt;Job&gt; Classes</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<img class=\"logo\" src=\"assets/site-logo.svg\" alt=\"\">Texas &lt;Job&gt; Classes</a>", home, StringComparison.Ordinal);
        Assert.Contains("<p>Published by the State Auditor</p>", File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html")), StringComparison.Ordinal);
        Assert.Contains("--link: #004488;", home, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "images", "seal.svg")), File.ReadAllText(Path.Combine(output, "assets", "site-logo.svg")));
        Assert.Contains("https://jobs.example.gov/assets/site.css", File.ReadAllText(Path.Combine(output, "404.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_site_configuration_stops_the_build_at_its_line()
    {
        var specs = CopySeeds();
        File.WriteAllText(Path.Combine(folder, "specsdk.yml"), "title: Texas\ncolours:\n  link: \"#ffbf47\"\n");
        var output = Path.Combine(folder, "site");

        var (code, stdout, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.Equal(1, code);
        Assert.Contains("specsdk.yml(3,9): error CFG006: The colour #ffbf47 has a contrast of 1.5:1", stdout, StringComparison.Ordinal);
        Assert.Contains("the handbook was not written", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        // validate in CI finds it too, so a check that passes is not followed by a build that fails.
        var validated = Cli.Run("validate", specs);
        Assert.Equal(1, validated.Code);
        Assert.Contains("specsdk.yml(3,9): error CFG006", validated.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_synonyms_stops_the_build_and_validate_at_its_line()
    {
        var specs = CopySeeds();
        File.WriteAllText(Path.Combine(specs, "synonyms.yml"), "lawyer: [attorney, counsel]\nIT:\n  - information technology\n  - {field: x}\n");
        var output = Path.Combine(folder, "site");

        var (code, stdout, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.Equal(1, code);
        Assert.Contains("synonyms.yml(4,5): error SYN002: What 'IT' means must be a word or phrase, or a list of them ([attorney, counsel]), not a list with a set of fields in it.", stdout, StringComparison.Ordinal);
        Assert.Contains("error(s) in the specs, specsdk.yml or synonyms.yml; the handbook was not written", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        var validated = Cli.Run("validate", specs);
        Assert.Equal(1, validated.Code);
        Assert.Contains("synonyms.yml(4,5): error SYN002", validated.Output, StringComparison.Ordinal);

        // A folder of that name is not taken for no synonyms.
        File.Delete(Path.Combine(specs, "synonyms.yml"));
        Directory.CreateDirectory(Path.Combine(specs, "synonyms.yml"));
        var folderNamed = Cli.Run("validate", specs);
        Assert.Equal(1, folderNamed.Code);
        Assert.Contains("error SYN001: synonyms.yml cannot be read: it is a folder, not a file", folderNamed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_synonyms_of_the_spec_folder_reach_the_search_index()
    {
        var output = Path.Combine(folder, "site");

        var (code, _, _) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(0, code);
        var meta = File.ReadAllText(Path.Combine(output, "search", "meta.js"));
        Assert.Contains("{\"words\":\"help desk\",\"key\":[\"help\",\"desk\"],\"means\":[{\"text\":\"customer support\",\"keys\":[\"custom\",\"support\"]}", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_configuration_that_is_a_named_pipe_or_a_linked_logo_is_never_read()
    {
        var specs = CopySeeds();
        var config = Path.Combine(folder, "specsdk.yml");
        Assert.Equal(0, Mkfifo(config));
        var (code, _, _) = Cli.Run("build", specs, "-o", Path.Combine(folder, "site"));
        Assert.Equal(0, code);

        File.Delete(config);
        File.WriteAllText(Path.Combine(folder, "secret.txt"), "not for the site");
        File.CreateSymbolicLink(Path.Combine(folder, "seal.png"), Path.Combine(folder, "secret.txt"));
        File.WriteAllText(config, "logo: seal.png\n");
        var (linked, stdout, _) = Cli.Run("build", specs, "-o", Path.Combine(folder, "site2"));
        Assert.Equal(1, linked);
        Assert.Contains("specsdk.yml(1,7): error CFG007: The logo 'seal.png' is not a file with content in this folder or below it (links are not followed).", stdout, StringComparison.Ordinal);

        static int Mkfifo(string path)
        {
            using var process = System.Diagnostics.Process.Start("mkfifo", path);
            process.WaitForExit();
            return process.ExitCode;
        }
    }

    [Fact]
    public void With_a_base_url_the_404_page_links_from_it_and_nothing_is_said()
    {
        var output = Path.Combine(folder, "site");
        var (code, _, stderr) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output, "--base-url", "https://jobs.example.gov/handbook/");

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning", stderr, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(output, "404.html"));
        Assert.Contains("href=\"https://jobs.example.gov/handbook/assets/site.css\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/assets", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_static_folder_beside_the_specs_is_copied_into_the_site_as_it_is()
    {
        var specs = CopySeeds();
        var staticFiles = Path.Combine(folder, "static");
        Directory.CreateDirectory(Path.Combine(staticFiles, "images"));
        File.WriteAllText(Path.Combine(staticFiles, "CNAME"), "jobs.example.gov\n");
        File.WriteAllText(Path.Combine(staticFiles, ".nojekyll"), string.Empty);
        File.WriteAllBytes(Path.Combine(staticFiles, "images", "seal.png"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 1, 2 });
        var output = Path.Combine(folder, "site");

        var (code, _, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.True(code == 0, stderr);
        Assert.Equal("jobs.example.gov\n", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal(0, new FileInfo(Path.Combine(output, ".nojekyll")).Length);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 1, 2 }, File.ReadAllBytes(Path.Combine(output, "images", "seal.png")));
    }

    [Theory]
    [InlineData("index.html", "would replace the handbook's own 'index.html'")]
    [InlineData("search/index.html", "would replace the handbook's own 'search/index.html'")]
    [InlineData("assets/site.css", "would replace the handbook's own 'assets/site.css'")]
    public void A_static_file_cannot_replace_a_file_of_the_handbook(string path, string message)
    {
        var specs = CopySeeds();
        var staticFiles = Path.Combine(folder, "files");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staticFiles, path))!);
        File.WriteAllText(Path.Combine(staticFiles, path), "mine");

        var (code, _, stderr) = Cli.Run("build", specs, "-o", Path.Combine(folder, "site"), "--static", staticFiles);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "site")));
    }

    [Fact]
    public void A_link_in_the_static_folder_is_refused_by_name()
    {
        var specs = CopySeeds();
        var staticFiles = Path.Combine(folder, "static");
        Directory.CreateDirectory(staticFiles);
        File.CreateSymbolicLink(Path.Combine(staticFiles, "secrets.txt"), "/etc/hostname");

        var (code, _, stderr) = Cli.Run("build", specs, "-o", Path.Combine(folder, "site"));

        Assert.Equal(2, code);
        Assert.Contains("The static file 'secrets.txt' is a link", stderr, StringComparison.Ordinal);
    }

    private string CopySeeds() => Cli.CopySeeds(Path.Combine(folder, "specs"));

    [Fact]
    public void A_build_in_a_shallow_clone_warns_that_pages_show_only_the_commits_it_holds()
    {
        using var repository = new GitFolder();
        Cli.CopySeeds(repository.Path("specs"));
        repository.Commit("Add the seeds", "2024-01-10T09:00:00+00:00");
        File.AppendAllText(repository.Path("specs/kentucky/production-coordinator.md"), "\nOne more line.\n");
        repository.Commit("Revise the production coordinator", "2024-02-10T09:00:00+00:00");
        using var clone = new GitFolder();
        Directory.Delete(clone.Path(".git"), recursive: true);
        clone.Git("clone", "-q", "--depth", "1", "file://" + repository.Root, ".");
        var output = Path.Combine(folder, "site");

        var (code, _, stderr) = Cli.Run("build", clone.Path("specs"), "-o", output, "--base-url", "https://jobs.example.gov/", "--repo-url", "https://github.com/example-gov/job-specs");

        Assert.Equal(0, code);
        Assert.Contains("warning: the spec repository is a shallow clone, so pages show only the commits it holds; fetch the whole history first (git fetch --unshallow", stderr, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html"));
        Assert.Contains("Revise the production coordinator <a href=\"https://github.com/example-gov/job-specs/commit/" + clone.Git("rev-parse", "HEAD").Trim() + "\">View the commit</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_that_is_a_path_gives_no_feed_and_says_why()
    {
        var output = Path.Combine(folder, "site");

        var (code, _, stderr) = Cli.Run("build", CopySeeds(), "-o", output, "--base-url", "/handbook/");

        Assert.Equal(0, code);
        Assert.Contains("warning: the feed of what changed (changes.xml) was not written: its ids and links must be absolute", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "changes.xml")));
        Assert.True(File.Exists(Path.Combine(output, "changes", "index.html")));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("git.example.gov/hr/specs")]
    [InlineData("https://github.com/example-gov/job-specs#main")]
    public void A_repository_url_that_is_not_an_absolute_web_address_is_refused(string url)
    {
        var (code, _, stderr) = Cli.Run("build", CopySeeds(), "-o", Path.Combine(folder, "site"), "--repo-url", url);

        Assert.Equal(2, code);
        Assert.Contains($"--repo-url must be an absolute http or https address without a #fragment, e.g. https://github.com/example-gov/job-specs; '{url}' is not.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_error_fails_the_build_and_keeps_the_previous_site()
    {
        var output = Path.Combine(folder, "site");
        var specs = Path.Combine(folder, "specs");
        Directory.CreateDirectory(specs);
        File.WriteAllText(Path.Combine(specs, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
        File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk\n---\n");
        Assert.Equal(0, Cli.Run("build", specs, "-o", output).Code);
        File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk II\nestablished: 1993-13-01\n---\n");

        var (code, stdout, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.Equal(1, code);
        Assert.Contains("clerk.md(4,14): error SPEC010", stdout, StringComparison.Ordinal);
        Assert.Contains("the handbook was not written", stderr, StringComparison.Ordinal);
        Assert.Contains(">Clerk</h1>", File.ReadAllText(Path.Combine(output, "t", "classes", "clerk.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_handbook_is_refused_with_exit_code_2()
    {
        var output = Path.Combine(folder, "documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var (code, _, stderr) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains("was not written by SpecSdk", stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }
}
