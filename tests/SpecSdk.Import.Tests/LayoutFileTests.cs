using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpecSdk.Import.Layouts;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>Layout files: each mistake is its own LAY diagnostic at its place, the schema has the reader's fields, the built-in ones read cleanly.</summary>
public class LayoutFileTests
{
    private const string Minimal = "layout: town\nreads: headed-sections\njurisdiction:\n  key: town\n  name: Town of Example\n  folder: town\nrecognise:\n  - line: DUTIES\n";

    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(TestRepository.Path("docs", "layout.schema.json"))).RootElement;

    [Theory]
    [InlineData("layout: [town\n", "LAY001", 1)]
    [InlineData("- a list\n", "LAY001", 1)]
    [InlineData("\n", "LAY001", 1)]
    [InlineData(Minimal + "colour: red\n", "LAY002", 9)]
    [InlineData(Minimal + "fields: Class Code\n", "LAY003", 9)]
    [InlineData("layout: town\nreads: headed-sections\nrecognise:\n  - line: DUTIES\n", "LAY004", 1)]
    [InlineData(Minimal + "boilerplate-sections: [Please Note]\n", "LAY005", 9)]
    [InlineData(Minimal + "  - line: A\n    contains: B\n", "LAY005", 9)]
    [InlineData(Minimal + "layout: again\n", "LAY006", 9)]
    [InlineData(Minimal + "fields:\n  grade: [Grade]\n", "LAY005", 10)]
    [InlineData(Minimal + "skip-paragraphs: []\nseries:\n  sections: []\n", "LAY005", 10)]
    [InlineData(Minimal + "fields:\n  code: [':']\n", "LAY005", 10)]
    [InlineData(Minimal + "  - contains: ''\n", "LAY005", 9)]
    [InlineData("layout: auto\nreads: headed-sections\njurisdiction:\n  key: town\n  name: Town\n  folder: town\nrecognise:\n  - line: DUTIES\n", "LAY005", 1)]
    [InlineData(Minimal + "series:\n  sections: [description]\n", "LAY005", 9)]
    [InlineData("layout: town\nreads: labelled-fields\njurisdiction:\n  key: town\n  name: Town\n  folder: town\nrecognise:\n  - line: DUTIES\njob-group:\n  section: summary\n  pattern: '(?<name>x)'\n", "LAY005", 9)]
    [InlineData(Minimal + "fields:\n  code: [Code]\n  revised: [code]\n", "LAY005", 11)]
    [InlineData(Minimal + "headings:\n  DUTIES: duties\n  'Duties:': tasks\n", "LAY005", 11)]
    [InlineData("layout: town\nreads: headed-sections\njurisdiction:\n  key: town\n  name: Town\n  folder: town\nrecognise: []\n", "LAY005", 7)]
    [InlineData(Minimal + "skip-paragraphs: ['(?<=a)b']\n", "LAY007", 9)]
    [InlineData(Minimal + "boilerplate-paragraphs:\n  - contains: WE DO NOT DISCRIMINATE\n    title: Equal Opportunity\n", "LAY004", 10)]
    [InlineData(Minimal + "job-group:\n  section: summary\n  pattern: 'in the (\\w+) family'\n", "LAY007", 11)]
    [InlineData(Minimal + "job-group:\n  section: summary\n  pattern: '(?<name>\\w+)\\1'\n", "LAY007", 11)]
    public void Each_mistake_is_its_own_diagnostic_at_its_line(string text, string id, int line)
    {
        var (layout, diagnostics) = LayoutFileReader.Read("town.yml", Encoding.UTF8.GetBytes(text), text.Length);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.StartLine + 1);
        // A warning leaves a layout to import with; an error leaves none.
        Assert.Equal(id == "LAY002", layout is not null);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_one_diagnostic()
    {
        var (layout, diagnostics) = LayoutFileReader.Read("town.yml", new byte[] { 0x6C, 0xFF, 0xFE }, 3);

        Assert.Null(layout);
        Assert.Equal("LAY001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_minimal_layout_reads_with_its_defaults()
    {
        var (layout, diagnostics) = LayoutFileReader.Read("town.yml", Encoding.UTF8.GetBytes(Minimal), Minimal.Length);

        Assert.Empty(diagnostics);
        Assert.Equal(new LayoutSignal("line", "DUTIES", 1), Assert.Single(layout!.Recognise));
        Assert.Equal("Town of Example", layout.Jurisdiction.Name);
        Assert.Empty(layout.Labels);
        Assert.Null(layout.JobGroup);
    }

    [Fact]
    public void A_label_spaced_with_any_white_space_is_read()
    {
        var document = "Court Clerk\n\nClass\u2003Code: 1234\n\nDUTIES\n\n- Keeps the court's records.\n\nMINIMUM QUALIFICATIONS\n\nTwo years of clerical work.\n";

        var result = Importer.Import(new[] { new ImportInput("clerk.txt", Encoding.UTF8.GetBytes(document)) }, "judicial-council");

        // A code of digits alone is quoted, so that YAML keeps it text.
        Assert.Contains("code: \"1234\"\n", Imports.File(result, "judicial-council-of-california/court-clerk.md"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_salary_label_with_brackets_of_its_own_still_names_its_columns()
    {
        var text = Minimal.Replace("headed-sections", "labelled-fields", System.StringComparison.Ordinal) + "fields:\n  grade: [Grade]\n  salary: [Salary (USD)]\n";
        var (layout, diagnostics) = ImportLayout.Read("town.yml", Encoding.UTF8.GetBytes(text), text.Length);
        Assert.Empty(diagnostics);
        var document = "TOWN CLERK\n\nGrade: 7\nSalary (USD) (MIN - MAX):\n$30,000 - $40,000 - Annual\n\nDUTIES:\n\n- Keeps the records.\n";

        var result = Importer.Import(new[] { new ImportInput("clerk.txt", Encoding.UTF8.GetBytes(document)) }, layout);

        Assert.Contains("annual: { minimum: 30000, maximum: 40000 }", Imports.File(result, "town/jurisdiction.md"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_may_be_written_with_its_colon()
    {
        var text = Minimal + "fields:\n  code: ['Class No.:']\n";
        var (layout, diagnostics) = LayoutFileReader.Read("town.yml", Encoding.UTF8.GetBytes(text), text.Length);

        Assert.Empty(diagnostics);
        Assert.Equal(("code", "Class No."), Assert.Single(layout!.Labels));
    }

    [Theory]
    [InlineData("headed-sections")]
    [InlineData("labelled-fields")]
    [InlineData("series-of-levels")]
    public void A_layout_with_nothing_but_its_jurisdiction_reads_documents_without_failing(string reader)
    {
        var text = Minimal.Replace("headed-sections", reader, System.StringComparison.Ordinal);
        var (layout, diagnostics) = ImportLayout.Read("town.yml", Encoding.UTF8.GetBytes(text), text.Length);
        Assert.Empty(diagnostics);
        var document = "TOWN CLERK\n\nCode: T1\n\nDUTIES:\n\nKeeps the records: deeds, minutes and more.\n\nC100\n";

        var result = Importer.Import(new[] { new ImportInput("doc.txt", Encoding.UTF8.GetBytes(document)) }, layout);

        Assert.Equal("town", Assert.Single(result.Inputs).Layout);
    }

    [Fact]
    public void The_schema_has_the_reader_s_fields_readers_and_header_fields()
    {
        static string[] Properties(JsonElement node) => node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToArray();

        Assert.Equal(LayoutFileFields.All.Order(), Properties(Schema));
        Assert.Equal(LayoutFileFields.Jurisdiction.Order(), Properties(Schema.GetProperty("properties").GetProperty("jurisdiction")));
        Assert.Equal(LayoutFileFields.Signal.Order(), Properties(Schema.GetProperty("properties").GetProperty("recognise").GetProperty("items")));
        Assert.Equal(LayoutFileFields.Header.Order(), Properties(Schema.GetProperty("properties").GetProperty("fields")));
        Assert.Equal(LayoutFileFields.JobGroup.Order(), Properties(Schema.GetProperty("properties").GetProperty("job-group")));
        Assert.Equal(LayoutFileFields.Series.Order(), Properties(Schema.GetProperty("properties").GetProperty("series")));
        Assert.Equal(LayoutFileFields.Paragraph.Order(), Properties(Schema.GetProperty("properties").GetProperty("boilerplate-paragraphs").GetProperty("items")));
        Assert.Equal(LayoutFileFields.Readers.Keys.Order(), Schema.GetProperty("properties").GetProperty("reads").GetProperty("enum").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal(LayoutFileFields.MaxWeight, Schema.GetProperty("properties").GetProperty("recognise").GetProperty("items").GetProperty("properties").GetProperty("weight").GetProperty("maximum").GetInt32());
    }

    [Fact]
    public void Every_layout_diagnostic_is_documented_with_its_title_and_severity()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "diagnostics.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);

        Assert.All(LayoutDiagnostics.All, d => Assert.Contains($"## {d.Id}\n\n**{d.Title}** ({d.DefaultSeverity.ToString().ToLowerInvariant()})", page, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_docs_say_which_reader_uses_which_field_as_the_reader_does()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "import.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var table = page.Substring(page.IndexOf("| field | `headed-sections`", System.StringComparison.Ordinal)).Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        var readers = new[] { HeadedSectionsLayout.Reader, LabelledFieldsLayout.Reader, SeriesLayout.Reader };
        var said = table.SelectMany(row =>
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            return cells[0].Split(", ").Select(f => f.Trim('`')).SelectMany(field => readers.Select((reader, i) => (field, reader, uses: cells[i + 1] == "yes")));
        }).ToList();

        Assert.Equal(LayoutFileFields.Optional.Order(), said.Select(s => s.field).Distinct().Order());
        Assert.All(said, s => Assert.Equal(s.uses, LayoutFileFields.ReaderOptions[s.reader].Contains(s.field)));
    }

    [Fact]
    public void The_built_in_layout_files_are_layouts_the_import_offers()
    {
        var files = typeof(Layout).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("layouts/", System.StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Contains(Path.GetFileNameWithoutExtension(file), Importer.LayoutNames));
    }

    [Fact]
    public void The_names_offered_before_any_layout_is_read_are_the_built_in_layouts_own()
    {
        // The names come from the files' names, so help costs no parse; each file's layout field says the same.
        Assert.Equal(Importer.LayoutNames.Skip(1), Layout.All.Select(layout => layout.Name));
    }
}
