using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

/// <summary>
/// A rebuild keeps the previous build's files that would come out the same and makes the others; whatever changed,
/// the site it publishes is the one a build from nothing makes, byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string ClassII = "colorado/customer-support-coordinator/customer-support-coordinator-ii.md";

    private readonly string root = Directory.CreateTempSubdirectory("specsdk-incremental-").FullName;
    private readonly string specs;
    private readonly string output;

    public IncrementalBuildTests()
    {
        specs = Path.Combine(root, "specs");
        output = Path.Combine(root, "site");
        foreach (var file in Directory.GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(specs, Path.GetRelativePath(TestRepository.Path("seeds"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string> Edits => new()
    {
        "prose of one class",
        "title of a level of a series",
        "a grade added to a pay plan",
        "a class removed",
        "a class added",
        "the series' own text",
        "a boilerplate section",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_publishes_the_site_a_full_build_makes(string edit)
    {
        Build(output);
        Edit(edit);

        var rebuilt = RebuildAsFromNothing();

        Assert.InRange(rebuilt.Kept, 1, rebuilt.Files - 1);
    }

    [Fact]
    public void A_rebuild_of_the_same_specs_keeps_every_keyed_file_and_makes_the_rest()
    {
        var first = Build(output);
        var before = Hashes(output);

        var second = Build(output);

        Assert.Equal(0, first.Kept);
        // Every class page, class compare data, search fragment, series page, jurisdiction export and spec copy: 7 + 7 + 7 + 1 + 3 + 11.
        Assert.Equal(36, second.Kept);
        Assert.Equal(before, Hashes(output));
    }

    [Fact]
    public void The_edited_class_and_the_pages_that_show_it_are_made_again_the_others_kept()
    {
        Build(output);
        var untouched = Path.Combine(output, "ky", "classes", "73070v000101.html");
        var sibling = Path.Combine(output, "co", "classes", "g2c4xx.html");
        // A kept file is the previous build's file under a second name, so it keeps its time; a file made again has a new one.
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, past);
        File.SetLastWriteTimeUtc(sibling, past);
        Edit("title of a level of a series");

        Build(output);

        Assert.Equal(past, File.GetLastWriteTimeUtc(untouched));
        // The next level links to the retitled class, so its page was made again.
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(sibling));
        Assert.Contains("Customer Support Coordinator Two", File.ReadAllText(sibling), StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_that_does_not_belong_to_the_site_or_cannot_be_read_makes_every_file()
    {
        Build(output);
        var state = Path.Combine(root, ".site.state");
        Assert.True(File.Exists(state));

        File.WriteAllBytes(state, new byte[] { 1, 2, 3 });
        Assert.Equal(0, Build(output).Kept);

        // The site's marker names the build its files came from; the state of a build of other specs is not used.
        Edit("prose of one class");
        Build(Path.Combine(root, "other"));
        File.Copy(Path.Combine(root, ".other.state"), state, overwrite: true);
        Assert.Equal(0, Build(output).Kept);
    }

    [Fact]
    public void A_rebuild_with_another_footer_makes_every_page_again_and_keeps_the_data()
    {
        Build(output);

        var rebuilt = RebuildAsFromNothing(options => options with { Config = new SiteConfig { Footer = "Published by the county." } });

        // The exports, the compare data, the search fragments and the spec copies show no footer: 3 + 7 + 7 + 11.
        Assert.Equal(28, rebuilt.Kept);
        Assert.Contains("Published by the county.", File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_that_the_configuration_s_folder_makes_found_is_on_every_page_of_the_rebuild()
    {
        var config = Path.Combine(root, "config");
        Directory.CreateDirectory(config);
        File.WriteAllText(Path.Combine(config, "seal.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        var logo = new SiteConfig { Logo = "seal.svg" };
        Build(output, options => options with { Config = logo });

        RebuildAsFromNothing(options => options with { Config = logo, ConfigDirectory = config });

        Assert.Contains("site-logo.svg", File.ReadAllText(Path.Combine(output, "co", "series", "customer-support-coordinator.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_after_commits_that_leave_a_spec_as_it_was_lists_them_as_a_build_from_nothing_does()
    {
        using var git = new GitFolder(specs);
        git.Commit("Publish the seeds", "2026-01-05T09:00:00+00:00");
        Build(output, WithHistory);
        // Retitled and back: the spec reads as it did, only its commits are new, and its page lists them.
        var before = File.ReadAllText(Path.Combine(specs, ClassII));
        Edit("title of a level of a series");
        git.Commit("Retitle Customer Support Coordinator II", "2026-02-02T09:00:00+00:00");
        File.WriteAllText(Path.Combine(specs, ClassII), before);
        git.Commit("Undo the retitle", "2026-02-03T09:00:00+00:00");

        var rebuilt = RebuildAsFromNothing(WithHistory);

        Assert.InRange(rebuilt.Kept, 1, rebuilt.Files - 1);
        Assert.Contains("Undo the retitle", File.ReadAllText(Path.Combine(output, "co", "classes", "g2c3xx.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_file_changed_to_other_bytes_of_the_same_length_is_copied_again()
    {
        var folder = Path.Combine(root, "static");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "robots.txt"), "User-agent: *\nDisallow: /a\n");
        Build(output, options => options with { StaticDirectory = folder });
        var copy = new FileInfo(Path.Combine(output, "robots.txt"));
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "robots.txt"), past);

        File.WriteAllText(Path.Combine(folder, "robots.txt"), "User-agent: *\nDisallow: /b\n");
        File.SetLastWriteTimeUtc(Path.Combine(folder, "robots.txt"), past);
        RebuildAsFromNothing(options => options with { StaticDirectory = folder });

        Assert.Equal(copy.Length, new FileInfo(Path.Combine(output, "robots.txt")).Length);
        Assert.Equal("User-agent: *\nDisallow: /b\n", File.ReadAllText(Path.Combine(output, "robots.txt")));
    }

    /// <summary>
    /// Rebuilds into the output, builds the same specs from nothing into another folder, and checks that the two
    /// sites are one, byte for byte; the rebuild's result.
    /// </summary>
    private SiteResult RebuildAsFromNothing(Func<SiteOptions, SiteOptions>? configure = null)
    {
        var rebuilt = Build(output, configure);
        var full = Path.Combine(root, "full");
        Assert.Equal(0, Build(full, configure).Kept);
        Assert.Equal(Hashes(full), Hashes(output));
        return rebuilt;
    }

    private SiteOptions WithHistory(SiteOptions options)
    {
        var load = SpecLoader.LoadDirectory(specs);
        var (history, problem) = RepositoryHistory.Read(specs, load.Files);
        Assert.Null(problem);
        return options with { History = history, RepositoryUrl = "https://example.gov/specs" };
    }

    private SiteResult Build(string folder, Func<SiteOptions, SiteOptions>? configure = null)
    {
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var options = new SiteOptions { OutputDirectory = folder, SpecDirectory = specs };
        return SiteBuilder.Build(load.Index, configure is null ? options : configure(options));
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "prose of one class":
                Replace("kentucky/production-coordinator.md", "## Characteristics", "## Characteristics", appendToBody: "\nA sentence added in the rebuild test.\n");
                break;
            case "title of a level of a series":
                Replace(ClassII, "title: Customer Support Coordinator II\n", "title: Customer Support Coordinator Two\n");
                break;
            case "a grade added to a pay plan":
                // A grade no class has yet: its pay plan's chart, on every class page of the plan, gains a bar.
                Replace("kentucky/jurisdiction.md", "      - grade: \"14\"\n", "      - grade: \"12\"\n        hourly: { minimum: 15.5, midpoint: 20.5 }\n      - grade: \"14\"\n");
                break;
            case "a class removed":
                File.Delete(Path.Combine(specs, "kentucky", "production-specialist-ii.md"));
                break;
            case "a class added":
                File.WriteAllText(
                    Path.Combine(specs, "kentucky", "production-assistant.md"),
                    File.ReadAllText(Path.Combine(specs, "kentucky", "production-specialist-ii.md"))
                        .Replace("title: Production Specialist II", "title: Production Assistant", StringComparison.Ordinal)
                        .Replace("code: 73040V000101", "code: 73030V000101", StringComparison.Ordinal)
                        .Replace("job-number: \"20001499\"", "job-number: \"20001498\"", StringComparison.Ordinal));
                break;
            case "the series' own text":
                Replace("colorado/customer-support-coordinator/series.md", "\nThis class series uses four levels", "\nA sentence the series gained. This class series uses four levels");
                break;
            case "a boilerplate section":
                Replace("kentucky/jurisdiction.md", "Characteristics of a job are general statements", "Characteristics of a job are short general statements");
                break;
            default:
                throw new ArgumentException("Unknown edit: " + edit, nameof(edit));
        }
    }

    private void Replace(string relative, string from, string to, string appendToBody = "")
    {
        var path = Path.Combine(specs, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal) + appendToBody);
    }

    private static string[] Hashes(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
        .ToArray();
}
