using System;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>
/// A layout drafted from one document (<see cref="Importer.DraftLayout"/>) is a layout file that reads cleanly,
/// names what the document shows, and imports that document with the reader its built-in layout uses.
/// </summary>
public class LayoutDraftTests
{
    private static readonly string[] Originals = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static LayoutDraft Draft(string path, string text) => Importer.DraftLayout(new ImportInput(path, Encoding.UTF8.GetBytes(text)));

    /// <summary>The seed originals, in file order: Kentucky twice, Colorado, the Judicial Council.</summary>
    [Theory]
    [InlineData(0, "labelled-fields")]
    [InlineData(1, "labelled-fields")]
    [InlineData(2, "series-of-levels")]
    [InlineData(3, "headed-sections")]
    public void A_seed_document_drafts_the_reader_of_its_built_in_layout_and_imports_with_it_as_with_that_layout(int seed, string reader)
    {
        var text = File.ReadAllText(Originals[seed]);

        var draft = Draft("document.txt", text);

        Assert.Equal(reader, draft.Reader);
        var (layout, problems) = ImportLayout.Read("draft.yml", Encoding.UTF8.GetBytes(draft.Text!), Encoding.UTF8.GetByteCount(draft.Text!));
        Assert.Empty(problems.Select(p => p.ToString()));
        var drafted = Importer.Import(new[] { new ImportInput("document.txt", Encoding.UTF8.GetBytes(text)) }, layout);
        Assert.Empty(drafted.Diagnostics.Concat(drafted.Validation).Select(d => d.ToString()));
        Assert.Contains("imports to " + drafted.Files.Count + " spec files with 0 errors and 0 warnings.", draft.Text, StringComparison.Ordinal);

        // The same classes, codes and series levels as the built-in layout gives, each with at least its sections
        // (what the built-in keeps once in the jurisdiction file a draft of one document cannot know is repeated).
        var builtIn = Imports.Catalog(Imports.Run(("document.txt", text)));
        var catalog = Imports.Catalog(drafted);
        Assert.Equal(builtIn.Classes.Select(c => (c.Title, c.Code, c.Level)), catalog.Classes.Select(c => (c.Title, c.Code, c.Level)));
        var shared = builtIn.Jurisdictions.Single().Boilerplate.Select(s => s.Id).ToList();
        foreach (var (expected, actual) in builtIn.Classes.Zip(catalog.Classes))
        {
            Assert.Empty(expected.Sections.Select(s => s.Id).Except(shared).Except(actual.Sections.Select(s => s.Id)));
            Assert.Equal(expected.Factors.Select(f => f.Rating), actual.Factors.Select(f => f.Rating));
        }
    }

    [Fact]
    public void A_Kentucky_draft_names_the_employer_the_document_title_and_every_label_with_its_field()
    {
        var draft = Draft("production-coordinator.txt", File.ReadAllText(Originals[0])).Text!;

        Assert.All(
            new[]
            {
                "layout: commonwealth-of-kentucky\n", "  key: kentucky\n", "  name: Commonwealth of Kentucky\n", "  document-title: Job Class Specification\n",
                "  - line: COMMONWEALTH OF KENTUCKY\n    weight: 3\n", "  code: [Job Code]\n", "  job-number: [Job Number]\n", "  grade: [Grade]\n",
                "  salary: [Salary]\n", "  job-group: [Job Group]\n", "  established: [Job Established]\n", "  revised: [Job Revised]\n",
                "  special-entrance-rate: [Special Entrance Rate]\n", "  CHARACTERISTICS OF THE JOB: characteristics\n",
                "  EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION: duties\n", "  - '^COMMONWEALTH OF KENTUCKY$'\n",
            },
            line => Assert.Contains(line, draft, StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_draft_says_which_sections_are_the_series_and_the_headings_of_its_history_and_ratings()
    {
        var draft = Draft("series.txt", File.ReadAllText(Originals[2])).Text!;

        Assert.Contains("series:                   # which sections are the series', and the headings of its history and ratings table\n"
            + "  sections: [description, entrance-requirements]\n  history-headings: [CLASS SERIES HISTORY]\n  ratings-headings: [SUMMARY OF FACTOR RATINGS]\n", draft, StringComparison.Ordinal);
        Assert.Contains("  - '^STATE OF COLORADO$'\n", draft, StringComparison.Ordinal);
    }

    /// <summary>Today's Colorado page names its class after words of its own: they become a sign and, for the series reader, a line to leave out.</summary>
    [Fact]
    public void A_line_naming_the_class_a_page_is_for_is_a_sign_and_left_out_of_the_series()
    {
        var draft = Draft("page.txt", Imports.Variant("co-class-description.txt"));

        Assert.Equal("series-of-levels", draft.Reader);
        Assert.Contains("  - starts-with: Class Description and Minimum Qualifications for\n    weight: 3\n", draft.Text, StringComparison.Ordinal);
        Assert.Contains("  - '^Class Description and Minimum Qualifications for '\n", draft.Text, StringComparison.Ordinal);
        Assert.Contains("  date: [Valid as of]\n", draft.Text, StringComparison.Ordinal);
        Assert.Equal(6, draft.Trial!.Files.Count);
    }

    [Fact]
    public void A_document_that_names_no_employer_says_so_in_the_draft()
    {
        var draft = Draft("memo.txt", "Clerk\n\nDUTIES\n\nFiles the letters that come in and answers the telephone.\n").Text!;

        Assert.Contains("  key: employer            # the document names no employer: give its key, name and folder\n  name: Employer\n  folder: employer\n", draft, StringComparison.Ordinal);
        Assert.Contains("  DUTIES: duties\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_labels_that_YAML_would_misread_are_quoted()
    {
        var draft = Draft("odd.txt", "Odd Worker\n\nNo.: #1-A\nYes: maybe\n\nWHAT 'WE' DO: #1\n\nThe work is done with care and it is done on time every day.\n\nTRUE\n\nThe rest of the text is written in sentences like this one.\n");

        var (layout, problems) = ImportLayout.Read("draft.yml", Encoding.UTF8.GetBytes(draft.Text!), Encoding.UTF8.GetByteCount(draft.Text!));

        Assert.NotNull(layout);
        Assert.Empty(problems.Select(p => p.ToString()));
        Assert.Contains("  'TRUE': 'true'\n", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_headings_is_IMP015_and_drafts_nothing()
    {
        var draft = Draft("note.txt", "Just a sentence about a job, with nothing that heads a section of it.\n");

        Assert.Null(draft.Text);
        Assert.Equal("IMP015", Assert.Single(draft.Diagnostics).Id);
    }

    [Fact]
    public void A_document_that_is_not_UTF8_is_IMP001_and_drafts_nothing()
    {
        var draft = Importer.DraftLayout(new ImportInput("latin1.txt", new byte[] { 0x41, 0x92, 0x42 }));

        Assert.Null(draft.Text);
        Assert.Equal("IMP001", Assert.Single(draft.Diagnostics).Id);
    }
}
