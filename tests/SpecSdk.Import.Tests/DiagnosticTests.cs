using System;
using System.Linq;
using System.Text;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>Each importer diagnostic: what triggers it, where it points, and that nothing is lost.</summary>
public class DiagnosticTests
{
    private static readonly string Kentucky = System.IO.File.ReadAllText(TestRepository.Path("seeds", "original", "000_f9e488b68215ebe5.txt"));
    private static readonly string Council = System.IO.File.ReadAllText(TestRepository.Path("seeds", "original", "003_c413c47e85ec8b65.txt"));

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("COMMONWEALTH OF KENTUCKY\nab").Concat(new byte[] { 0x92, (byte)'c' }).ToArray();
        var result = Importer.Import(new[] { new ImportInput("latin.txt", bytes) });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP001", 1, 2), (error.Id, error.Location.StartLine, error.Location.StartColumn));
        Assert.Contains("0x92", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_huge_input_is_refused()
    {
        var result = Importer.Import(new[] { new ImportInput("huge.txt", new byte[SourceText.MaxBytes + 1]) });
        Assert.Equal("IMP002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Text_of_no_known_layout_is_an_error()
    {
        var result = Imports.Run(("recipe.txt", "Pancakes\n\nMix flour, milk and eggs.\n"));
        Assert.Equal("IMP003", Assert.Single(result.Diagnostics).Id);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Boilerplate_that_differs_stays_in_the_class_with_a_warning()
    {
        var changed = Council.Replace("The Judicial Council classifies work based on organizational need.", "The Judicial Council classifies work by need.", StringComparison.Ordinal);
        var other = changed.Replace("Business Systems Coordinator\n", "Business Systems Assistant\n", StringComparison.Ordinal);
        var result = Imports.Run(("a.txt", Council), ("b.txt", other));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP006", "b.txt"), (warning.Id, warning.Location.Path));
        Assert.Equal(99, warning.Location.StartLine + 1);
        Assert.Contains("classifies work by need", Imports.File(result, "judicial-council-of-california/business-systems-assistant.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("Please Note", Imports.File(result, "judicial-council-of-california/business-systems-coordinator.md"), StringComparison.Ordinal);
        Assert.False(result.HasErrors, string.Join("\n", result.Validation));
    }

    [Fact]
    public void The_same_document_twice_is_an_error()
    {
        var result = Imports.Run(("a.txt", Kentucky), ("copy.txt", Kentucky));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP007", "copy.txt"), (error.Id, error.Location.Path));
        Assert.Contains("a.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_documents_with_other_figures_for_one_grade_keep_the_first_and_warn()
    {
        var other = Kentucky.Replace("PRODUCTION COORDINATOR", "PRODUCTION MANAGER", StringComparison.Ordinal)
            .Replace("73070V000101", "73090V000101", StringComparison.Ordinal)
            .Replace("$18.075-$23.944", "$18.500-$23.944", StringComparison.Ordinal);
        var result = Imports.Run(("a.txt", Kentucky), ("b.txt", other));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP009", "b.txt", 10), (warning.Id, warning.Location.Path, warning.Location.StartLine + 1));
        Assert.Contains("minimum: 18.075", Imports.File(result, "kentucky/jurisdiction.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("18.500", Imports.File(result, "kentucky/jurisdiction.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_import_diagnostic_is_documented()
    {
        var docs = System.IO.File.ReadAllText(TestRepository.Path("docs", "diagnostics.md"));
        Assert.All(ImportDiagnostics.All, d => Assert.Contains("## " + d.Id + "\n", docs, StringComparison.Ordinal));
    }
}
