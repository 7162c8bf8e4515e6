using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using SpecSdk.Specs;
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

        var rebuilt = Build(output);
        var full = Path.Combine(root, "full");
        var fromNothing = Build(full);

        Assert.Equal(0, fromNothing.Kept);
        Assert.InRange(rebuilt.Kept, 1, rebuilt.Files - 1);
        Assert.Equal(Hashes(full), Hashes(output));
    }

    [Fact]
    public void A_rebuild_of_the_same_specs_keeps_every_keyed_file_and_makes_the_rest()
    {
        var first = Build(output);
        var before = Hashes(output);

        var second = Build(output);

        Assert.Equal(0, first.Kept);
        // Every class page, class compare data, search fragment, series page and jurisdiction export: 7 + 7 + 7 + 1 + 3.
        Assert.Equal(25, second.Kept);
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

    private SiteResult Build(string folder)
    {
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = folder, SpecDirectory = specs });
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
