using System;
using System.IO;
using System.Linq;
using SpecSdk.Specs;

namespace SpecSdk.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-new-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_scaffolded_jurisdiction_class_and_series_validate_and_hold_what_was_asked()
    {
        Assert.Equal(0, Cli.Run("new", "jurisdiction", "tx", "--name", "State of Texas", "--document-title", "Job Description", "-d", folder).Code);
        Assert.Equal(0, Cli.Run("new", "class", "Clerk: \"Senior\" #1", "-j", "tx", "--code", "C-100", "-d", folder).Code);
        var (code, output, _) = Cli.Run("new", "series", "admin-support", "--title", "Administrative Support", "-j", "tx", "--factor", "Decision Making", "--factor", "Complexity", "--level", "Admin Assistant I", "--level", "Admin Assistant II", "-d", folder);

        Assert.Equal(0, code);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("Created ", StringComparison.Ordinal)));
        var load = SpecLoader.LoadDirectory(folder);
        // Nothing is wrong but the placeholders, one warning each, which keep the new specs from a strict CI.
        Assert.All(load.Diagnostics, d => Assert.Equal(("SPEC080", SpecSeverity.Warning), (d.Id, d.Severity)));
        var placeholders = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Sum(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\bTODO\b").Count);
        Assert.True(placeholders >= 4, "each new class has three sections to write and the series its description");
        Assert.Equal(placeholders, load.Diagnostics.Count);
        var texas = Assert.Single(load.Catalog.Jurisdictions);
        Assert.Equal(("tx", "State of Texas", "Job Description", "state-of-texas/jurisdiction.md"), (texas.Key, texas.Name, texas.DocumentTitle, texas.SourcePath));
        var clerk = load.Catalog.Classes.Single(c => c.Code == "C-100");
        Assert.Equal("Clerk: \"Senior\" #1", clerk.Title);
        Assert.Equal(new[] { "characteristics", "duties", "minimum-qualifications" }, clerk.Sections.Select(s => s.Id));
        var series = Assert.Single(load.Catalog.Series);
        Assert.Equal(new[] { "decision-making", "complexity" }, series.Factors.Select(f => f.Key));
        Assert.Equal(new[] { "Admin Assistant I", "Admin Assistant II" }, series.Levels.Select(key => load.Catalog.Classes.Single(c => c.Key == key).Title));
        Assert.True(File.Exists(Path.Combine(folder, "state-of-texas", "admin-support", "admin-assistant-ii.md")));
        Assert.Equal(0, Cli.Run("validate", folder).Code);
        var strict = Cli.Run("validate", folder, "--warnaserror");
        Assert.Equal(1, strict.Code);
        Assert.Contains("error SPEC080", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_class_takes_the_headings_its_jurisdiction_s_classes_use()
    {
        var specs = Cli.CopySeeds(Path.Combine(folder, "specs"));

        Assert.Equal(0, Cli.Run("new", "class", "Data Clerk", "-j", "ky", "-d", specs).Code);

        var text = File.ReadAllText(Path.Combine(specs, "kentucky", "data-clerk.md"));
        Assert.Contains("## Characteristics of the Job {#characteristics}", text, StringComparison.Ordinal);
        Assert.Contains("## Examples of Duties or Responsibilities of the Job Classification {#duties}", text, StringComparison.Ordinal);
        Assert.Contains("## Minimum Requirements {#minimum-qualifications}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_replaced()
    {
        Cli.Run("new", "jurisdiction", "tx", "--name", "State of Texas", "-d", folder);
        var path = Path.Combine(folder, "state-of-texas", "jurisdiction.md");
        File.AppendAllText(path, "\n## Notes\n\nEdited by hand.\n");
        var before = File.ReadAllText(path);

        var (code, _, error) = Cli.Run("new", "jurisdiction", "tx", "--name", "State of Texas", "-d", folder);

        Assert.Equal(2, code);
        Assert.Contains("already exist", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void Values_that_would_make_an_invalid_spec_write_nothing_and_show_the_diagnostic()
    {
        Cli.Run("new", "jurisdiction", "tx", "--name", "State of Texas", "-d", folder);

        var (code, _, error) = Cli.Run("new", "class", "Clerk", "-j", "tx", "--grade", "99", "-d", folder);

        Assert.Equal(1, code);
        Assert.Contains("state-of-texas/clerk.md(5,8): error SPEC040: State of Texas has no pay plan", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "state-of-texas", "clerk.md")));
    }

    [Theory]
    [InlineData("new", "class", "Clerk", "-j", "zz")]
    [InlineData("new", "class", "Clerk", "-j", "tx", "--series", "none", "--level", "1")]
    [InlineData("new", "class", "Clerk", "-j", "tx", "--level", "1")]
    [InlineData("new", "class", "Clerk")]
    public void Missing_or_unknown_targets_are_bad_usage(params string[] args)
    {
        Cli.Run("new", "jurisdiction", "tx", "--name", "State of Texas", "-d", folder);

        var (code, _, error) = Cli.Run(args.Concat(new[] { "-d", folder }).ToArray());

        Assert.Equal(2, code);
        Assert.StartsWith("specsdk: ", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories));
    }
}
