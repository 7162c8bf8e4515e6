using System;
using System.IO;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>
/// specsdk import --layout FILE: a jurisdiction no built-in layout knows, described in a layout file and imported
/// without a line of C#; a layout file with mistakes is reported at its lines and imports nothing.
/// </summary>
public sealed class LayoutFileTests : IDisposable
{
    /// <summary>An invented city's layout, the example of docs/import.md: its own headings, labels, job group wording and closing boilerplate.</summary>
    private static readonly string Riverton = DocsExample();

    /// <summary>A document of the city, two pages as a PDF, so that its running header repeats.</summary>
    private const string Document = """
        Parks Maintenance Worker II

        Class No.: PW-2210
        Adopted: March 4, 2019
        Last Amended: July 1, 2024

        GENERAL PURPOSE

        Performs skilled maintenance of the parks, playgrounds and athletic fields of the City of Riverton.

        ESSENTIAL FUNCTIONS

        - Mows, trims and edges turf with power equipment.
        - Repairs playground equipment and park furniture.
        - Leads seasonal workers on assigned projects.

        MINIMUM QUALIFICATIONS

        High school diploma or GED and two years of grounds maintenance experience.

        WORKING ENVIRONMENT

        Outdoor work in all weather; lifting up to 50 pounds.

        KNOWLEDGE AND SKILLS

        - Turf grasses, their care and the seasons of mowing and seeding.
        - Safe use of mowers, trimmers, blowers and chain saws.
        - Irrigation systems and their repair.
        - Playground safety standards and inspections.
        - Small engine maintenance.
        - Pesticide labels and safe application.
        - Reading work orders and maps of park sites.
        - Tree pruning and removal of hazardous limbs.
        - Fence, bench and picnic table repair.
        - Snow and ice removal on paths and parking areas.
        - Athletic field layout and lining.
        - Basic carpentry and concrete work.
        - Recording work done and materials used.
        - Leading seasonal workers and volunteers.
        - Dealing courteously with park visitors.
        - Lifting and carrying loads safely.
        - Traffic control around work sites.
        - Reporting damage and vandalism.
        - Keeping tools and vehicles clean and ready.
        - First aid and the city's safety rules.

        CLASSIFICATION SERIES

        This class belongs to the Parks Operations series.

        EQUAL OPPORTUNITY

        The City of Riverton is an equal opportunity employer.
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-layout-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("worker.txt")]
    [InlineData("worker.pdf")]
    public void A_jurisdiction_no_built_in_layout_knows_imports_with_its_layout_file(string name)
    {
        var layout = Write("riverton.yml", Riverton);
        var document = Path.Combine(folder, name);
        File.WriteAllBytes(document, name.EndsWith(".pdf", StringComparison.Ordinal) ? TestPdf.Of(Document) : System.Text.Encoding.UTF8.GetBytes(Document));
        var specs = Path.Combine(folder, "specs");

        var (refused, _, _) = Cli.Run("import", document, "-o", specs);
        var (code, text, error) = Cli.Run("import", document, "-o", specs, "--layout", layout);

        Assert.Equal(1, refused);
        Assert.True(code == 0, text + error);
        Assert.Contains("city-of-riverton layout", text, StringComparison.Ordinal);
        var spec = File.ReadAllText(Path.Combine(specs, "city-of-riverton", "parks-maintenance-worker-ii.md"));
        Assert.All(
            new[]
            {
                "jurisdiction: riverton\n",
                "code: PW-2210\n",
                "established: 2019-03-04\n",
                "revised: 2024-07-01\n",
                "job-group: parks-operations\n",
                "## General Purpose {#summary}",
                "## Essential Functions {#duties}\n\n- Mows, trims and edges turf with power equipment.\n- Repairs playground equipment and park furniture.\n",
                "## Working Environment {#working-conditions}",
            },
            line => Assert.Contains(line, spec, StringComparison.Ordinal));
        Assert.DoesNotContain("equal opportunity employer", spec, StringComparison.Ordinal);
        var jurisdiction = File.ReadAllText(Path.Combine(specs, "city-of-riverton", "jurisdiction.md"));
        Assert.Contains("name: City of Riverton\n", jurisdiction, StringComparison.Ordinal);
        Assert.Contains("name: Parks Operations", jurisdiction, StringComparison.Ordinal);
        Assert.Contains("The City of Riverton is an equal opportunity employer.", jurisdiction, StringComparison.Ordinal);

        var (valid, report, _) = Cli.Run("validate", specs);
        Assert.True(valid == 0, report);
    }

    /// <summary>
    /// HR's first hour with a new jurisdiction: a layout drafted from one PDF (two pages, a running header) imports
    /// another document of the city, exported as text, without an edit; the specs made validate.
    /// </summary>
    [Fact]
    public void A_layout_drafted_from_one_PDF_imports_another_document_of_the_jurisdiction()
    {
        var document = Path.Combine(folder, "worker.pdf");
        File.WriteAllBytes(document, TestPdf.Of(Document));
        var other = Write("leader.txt", """
            Recreation Leader

            Class No.: PR-1140
            Adopted: May 2, 2016
            Last Amended: January 9, 2023

            GENERAL PURPOSE

            Leads recreation programs for children and adults at the community centers of the City of Riverton.

            ESSENTIAL FUNCTIONS

            - Plans and leads games, crafts and sports.
            - Supervises participants and keeps them safe.

            MINIMUM QUALIFICATIONS

            One year of experience leading recreation activities.

            EQUAL OPPORTUNITY

            The City of Riverton is an equal opportunity employer.
            """);
        var specs = Path.Combine(folder, "specs");

        var (drafted, yaml, report) = Cli.Run("import", "--draft-layout", document);

        Assert.True(drafted == 0, report);
        Assert.Contains("Drafted a headed-sections layout from ", report, StringComparison.Ordinal);
        Assert.Contains("With it the document imports to 2 spec files, 0 errors, 0 warnings.", report, StringComparison.Ordinal);
        Assert.All(
            new[]
            {
                "layout: city-of-riverton\n", "reads: headed-sections\n", "  key: riverton\n", "  name: City of Riverton\n", "  required-sections: [duties]\n",
                "  - line: Printed from the classification plan\n    weight: 3\n", "  code: [Class No.]\n", "  established: [Adopted]\n", "  revised: [Last Amended]\n",
                "  ESSENTIAL FUNCTIONS: duties\n", "  GENERAL PURPOSE: summary\n", "  - '^Printed from the classification plan$'\n",
            },
            line => Assert.Contains(line, yaml, StringComparison.Ordinal));
        var layout = Write("riverton.yml", yaml);

        var (code, text, error) = Cli.Run("import", other, "-o", specs, "--layout", layout);

        Assert.True(code == 0, text + error);
        var spec = File.ReadAllText(Path.Combine(specs, "city-of-riverton", "recreation-leader.md"));
        Assert.All(
            new[] { "jurisdiction: riverton\n", "code: PR-1140\n", "established: 2016-05-02\n", "revised: 2023-01-09\n", "## General Purpose {#summary}", "## Essential Functions {#duties}\n\n- Plans and leads games, crafts and sports.\n" },
            line => Assert.Contains(line, spec, StringComparison.Ordinal));
        var (valid, validation, _) = Cli.Run("validate", specs);
        Assert.True(valid == 0, validation);
    }

    [Theory]
    [InlineData("--draft-layout", "DOC", "worker.txt", "--draft-layout drafts from one document and writes the layout to standard output: give it no FILE and no --output.")]
    [InlineData("--draft-layout", "DOC", "-o", "--draft-layout drafts from one document and writes the layout to standard output: give it no FILE and no --output.")]
    [InlineData("--draft-layout", "FOLDER", null, "' is a folder; a layout is drafted from one document.")]
    [InlineData(null, null, null, "FILE is required: the documents to import (or --draft-layout DOC to draft a layout from one).")]
    [InlineData("worker.txt", null, null, "Option '--output' is required: the spec folder to write into.")]
    public void Drafting_takes_one_document_and_nothing_else(string? first, string? second, string? third, string message)
    {
        var document = Write("worker.txt", Document);
        var arguments = new[] { "import", first, second, third }
            .Where(a => a is not null)
            .Select(a => a switch { "DOC" or "worker.txt" => document, "FOLDER" => folder, "-o" => "-o", _ => a })
            .SelectMany(a => a == "-o" ? new[] { "-o", Path.Combine(folder, "specs") } : new[] { a! })
            .ToArray();

        var (code, text, error) = Cli.Run(arguments);

        Assert.Equal(2, code);
        Assert.Contains(message, text + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "specs")));
    }

    [Fact]
    public void A_layout_file_with_mistakes_is_reported_at_its_lines_and_imports_nothing()
    {
        var layout = Write("broken.yml", Riverton
            .Replace("reads: headed-sections", "reads: columns", StringComparison.Ordinal)
            .Replace("key: riverton", "key: River Ton", StringComparison.Ordinal)
            .Replace("(?<name>[A-Z][A-Za-z ]+?)", "(?<name>[A-Z][A-Za-z ]+?)(?=x)", StringComparison.Ordinal)
            .Replace("    weight: 3", "    weight: 30", StringComparison.Ordinal)
            .Replace("boilerplate-sections:", "boilerplate-section:", StringComparison.Ordinal));
        var document = Write("worker.txt", Document);
        var specs = Path.Combine(folder, "specs");

        var (code, text, error) = Cli.Run("import", document, "-o", specs, "--layout", layout);

        Assert.Equal(1, code);
        Assert.All(
            new[]
            {
                "broken.yml(2,8): error LAY005: 'columns' is not a valid reader",
                "broken.yml(4,8): error LAY005: 'River Ton' is not a valid jurisdiction key",
                "broken.yml(12,13): error LAY005: '30' is not a valid weight",
                "broken.yml(24,12): error LAY007: The pattern",
                "broken.yml(25,1): warning LAY002: 'boilerplate-section' is not a field of a layout file",
            },
            line => Assert.Contains(line, text, StringComparison.Ordinal));
        Assert.Contains("has 4 error(s); nothing was imported", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(specs));
    }

    [Fact]
    public void An_empty_layout_file_is_its_own_diagnostic()
    {
        var (code, text, error) = Cli.Run("import", Write("worker.txt", Document), "-o", Path.Combine(folder, "specs"), "--layout", Write("empty.yml", string.Empty));

        Assert.Equal(1, code);
        Assert.Contains("empty.yml(1,1): error LAY001: The layout file cannot be read", text, StringComparison.Ordinal);
        Assert.Contains("has 1 error(s); nothing was imported", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_is_neither_a_name_nor_a_file_is_refused_with_the_names()
    {
        var (code, _, error) = Cli.Run("import", Write("worker.txt", Document), "-o", Path.Combine(folder, "specs"), "--layout", "riverton");

        Assert.Equal(2, code);
        Assert.Contains("--layout must be one of auto, colorado, judicial-council, kentucky, or a layout file; 'riverton' is neither.", error, StringComparison.Ordinal);
    }

    /// <summary>The YAML example under "Layout files" in docs/import.md, so that the docs show a layout that works.</summary>
    private static string DocsExample()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "import.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = page.Substring(page.IndexOf("## Layout files", StringComparison.Ordinal));
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        return section.Substring(start, section.IndexOf("```", start, StringComparison.Ordinal) - start);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
