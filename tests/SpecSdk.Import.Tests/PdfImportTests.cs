using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>
/// PDFs made from the seed documents (<see cref="TestPdf"/>: shuffled drawing order, labels beside their values,
/// tables in columns, page breaks inside paragraphs, running headers and footers) import to the seed spec files,
/// byte for byte; PDFs that cannot be imported say why, and never stop the other files.
/// </summary>
public class PdfImportTests
{
    private static readonly string[] Originals = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static ImportInput Pdf(string path, int seed = 1) =>
        new(Path.GetFileNameWithoutExtension(path) + ".pdf", TestPdf.Of(File.ReadAllText(path), seed));

    [Fact]
    public void The_seed_documents_as_PDFs_import_to_the_seed_spec_files()
    {
        var imported = Importer.Import(Originals.Select(p => Pdf(p)).ToList());

        Assert.Empty(imported.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(imported.Validation.Select(d => d.ToString()));
        Assert.Equal(new[] { "kentucky", "kentucky", "colorado", "judicial-council" }, imported.Inputs.Select(i => i.Layout));
        Imports.AssertSeedFiles(imported);
    }

    /// <summary>The benchmark's two-page documents: the same text in smaller type, each page fuller.</summary>
    [Fact]
    public void The_seed_documents_in_two_pages_of_smaller_type_import_to_the_seed_spec_files()
    {
        var pdfs = Originals.Select(p => new ImportInput(Path.GetFileNameWithoutExtension(p) + ".pdf", TestPdf.Of(File.ReadAllText(p), pages: 2))).ToList();

        var imported = Importer.Import(pdfs);

        Assert.All(pdfs, pdf =>
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Bytes);
            Assert.Equal(2, document.NumberOfPages);
        });
        Assert.Empty(imported.Diagnostics.Select(d => d.ToString()));
        Imports.AssertSeedFiles(imported);
    }

    /// <summary>Font facts: headings in mixed case that no layout names are found by their bold type, which a text export does not keep.</summary>
    [Fact]
    public void Headings_set_in_bold_are_headings_though_not_in_capitals()
    {
        const string Document = "Parks Worker\n\nClass No.: PW-1\n\nGeneral Purpose\n\nMaintains the parks of the city every day of the year.\n\nSpecial Assignments\n\nLeads the crew that sets up the summer festival.\n";
        const string Yaml = "layout: city\nreads: headed-sections\njurisdiction:\n  key: city\n  name: City of Parks\n  folder: city\nrecognise:\n  - line: Parks Worker\nfields:\n  code: [Class No.]\n"
            + "skip-paragraphs: ['^Printed from the classification plan$']\n"; // the running header of a page of its own cannot be told by repetition
        var (layout, problems) = ImportLayout.Read("city.yml", Encoding.UTF8.GetBytes(Yaml), Yaml.Length);
        Assert.Empty(problems);
        var pdf = TestPdf.Of(Document, bold: line => line is "General Purpose" or "Special Assignments");

        var fromPdf = Importer.Import(new[] { new ImportInput("worker.pdf", pdf) }, layout);
        var fromText = Importer.Import(new[] { new ImportInput("worker.txt", Encoding.UTF8.GetBytes(Document)) }, layout);

        Assert.Empty(fromPdf.Diagnostics.Concat(fromPdf.Validation).Select(d => d.ToString()));
        var worker = Imports.Catalog(fromPdf).Classes.Single();
        Assert.Equal(("Parks Worker", "PW-1"), (worker.Title, worker.Code));
        Assert.Equal(new[] { "general-purpose", "special-assignments" }, worker.Sections.Select(s => s.Id));
        Assert.Equal("Leads the crew that sets up the summer festival.", worker.FindSection("special-assignments")!.Body);
        Assert.Contains(fromText.Diagnostics, d => d.Id == "IMP004");
        Assert.DoesNotContain(Imports.Catalog(fromText).Classes.Single().Sections, s => s.Id == "special-assignments");
        Assert.Contains("  Special Assignments: special-assignments\n", Importer.DraftLayout(new ImportInput("worker.pdf", pdf)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_drawing_order_reads_the_same()
    {
        var kentucky = Originals[0];
        var first = Importer.Import(new[] { Pdf(kentucky, seed: 2) }).Files;
        var second = Importer.Import(new[] { Pdf(kentucky, seed: 3) }).Files;

        Assert.Equal(first.Select(f => f.Text), second.Select(f => f.Text));
        Assert.Contains(first, f => f.Text.Contains("code: 73070V000101", StringComparison.Ordinal));
    }

    [Fact]
    public void The_running_header_is_dropped_a_page_break_inside_a_paragraph_rejoined_and_the_print_date_kept()
    {
        var pdf = Pdf(Originals[0]);
        var text = PdfText.Read(pdf.Path, pdf.Bytes, new System.Collections.Generic.List<SpecDiagnostic>())!.Text;
        var file = Importer.Import(new[] { pdf }).Files.Single(f => f.Path == "kentucky/production-coordinator.md").Text;

        // The document tests what it should: a page ends inside a paragraph that the next page goes on in lower case.
        Assert.Matches(@"Page 1 of \d\n\n[a-z]", text);
        Assert.Contains("Job Code:\t73070V000101", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Printed from the classification plan", file, StringComparison.Ordinal);
        Assert.Contains("printed: 2016-12-01", file, StringComparison.Ordinal);
    }

    /// <summary>A PDF has no lines of its own: its diagnostics name the page a reader opens and the line there, counted as the reader counts them.</summary>
    [Fact]
    public void A_diagnostic_in_a_PDF_names_its_page_and_its_line_on_that_page()
    {
        var council = File.ReadAllText(Originals[3]);
        var differs = council.Replace("The Judicial Council classifies work based on organizational need.", "The Judicial Council classifies work by need.", StringComparison.Ordinal)
            .Replace("Business Systems Coordinator\n", "Business Systems Assistant\n", StringComparison.Ordinal);
        var kentucky = File.ReadAllText(Originals[0]);
        var conflicts = kentucky.Replace("PRODUCTION COORDINATOR", "PRODUCTION MANAGER", StringComparison.Ordinal)
            .Replace("73070V000101", "73090V000101", StringComparison.Ordinal)
            .Replace("$18.075-$23.944", "$18.500-$23.944", StringComparison.Ordinal);
        var pdfs = new[] { ("a.pdf", council), ("b.pdf", differs), ("c.pdf", kentucky), ("d.pdf", conflicts) }
            .Select(d => new ImportInput(d.Item1, TestPdf.Of(d.Item2))).ToList();

        var result = Importer.Import(pdfs);

        var boilerplate = Assert.Single(result.Diagnostics, d => d.Id == "IMP006");
        var conflict = Assert.Single(result.Diagnostics, d => d.Id == "IMP009");
        var (page, line) = Place(pdfs[1].Bytes, "Please note:");
        Assert.True(page > 1, "the boilerplate should be past the first page, where a line of the text and a line of the page differ most");
        Assert.Equal((page, line), (boilerplate.Location.Page, boilerplate.Location.StartLine + 1));
        Assert.StartsWith($"b.pdf(page {page}, line {line}): warning IMP006: ", boilerplate.ToString(), StringComparison.Ordinal);
        Assert.Equal(Place(pdfs[3].Bytes, "$18.500-$23.944"), (conflict.Location.Page, conflict.Location.StartLine + 1));
    }

    /// <summary>The page and the line on it that start with <paramref name="start"/>, read from the PDF's letters by their baselines, top first.</summary>
    private static (int Page, int Line) Place(byte[] pdf, string start)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var lines = page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
                .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal))
                .Where(l => l.Length > 0)
                .ToList();
            var index = lines.FindIndex(l => l.StartsWith(start.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
            if (index >= 0)
            {
                return (page.Number, index + 1);
            }
        }

        throw new InvalidOperationException($"No line starts with '{start}'.");
    }

    [Fact]
    public void A_PDF_with_a_user_password_is_IMP010_and_the_other_files_are_imported()
    {
        var result = Importer.Import(new[] { new ImportInput("locked.pdf", Convert.FromBase64String(EncryptedPdf.UserPassword)), Pdf(Originals[3]) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP010", "locked.pdf"), (diagnostic.Id, diagnostic.Location.Path));
        Assert.Contains(result.Files, f => f.Path.StartsWith("judicial-council-of-california/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_PDF_with_only_an_owner_password_opens_and_is_read()
    {
        var diagnostics = new System.Collections.Generic.List<SpecDiagnostic>();
        var text = PdfText.Read("restricted.pdf", Convert.FromBase64String(EncryptedPdf.OwnerPasswordOnly), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("COMMONWEALTH OF KENTUCKY\n", text?.Text);
    }

    [Fact]
    public void A_truncated_PDF_is_IMP011()
    {
        var whole = TestPdf.OneLine("COMMONWEALTH OF KENTUCKY");
        var result = Importer.Import(new[] { new ImportInput("cut.pdf", whole.AsSpan(0, whole.Length / 3).ToArray()) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMP011", "cut.pdf"), (diagnostic.Id, diagnostic.Location.Path));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Garbage_after_a_PDF_header_is_IMP011()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000) + "\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n");
        var diagnostic = Assert.Single(Importer.Import(new[] { new ImportInput("junk.pdf", bytes) }).Diagnostics);
        Assert.Equal("IMP011", diagnostic.Id);
    }

    [Fact]
    public void A_scan_without_text_is_IMP012_suggesting_OCR()
    {
        var diagnostic = Assert.Single(Importer.Import(new[] { new ImportInput("scan.pdf", TestPdf.WithoutText(2)) }).Diagnostics);
        Assert.Equal("IMP012", diagnostic.Id);
        Assert.Contains("2 page(s)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_of_more_pages_than_a_specification_has_is_IMP013()
    {
        var diagnostic = Assert.Single(Importer.Import(new[] { new ImportInput("handbook.pdf", TestPdf.WithoutText(PdfText.MaxPages + 1)) }).Diagnostics);
        Assert.Equal("IMP013", diagnostic.Id);
    }

    [Fact]
    public void A_PDF_not_read_within_its_budget_is_IMP014_and_the_reader_goes_on()
    {
        var bytes = TestPdf.Of(File.ReadAllText(Originals[0]), seed: 14);
        var diagnostics = new List<SpecDiagnostic>();

        // No seven-page document is parsed within a tick; the abandoned read goes on on its own thread.
        Assert.Null(PdfText.Read("slow.pdf", bytes, diagnostics, TimeSpan.FromTicks(1)));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("IMP014", diagnostic.Id);
        Assert.Equal("slow.pdf", diagnostic.Location.Path);

        diagnostics.Clear();
        Assert.Contains("PRODUCTION COORDINATOR", PdfText.Read("slow.pdf", bytes, diagnostics)!.Text, StringComparison.Ordinal);
        Assert.Empty(diagnostics);
    }
}
