using System.Linq;
using System.Text;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Import.Tests;

/// <summary>The variants real documents have beyond the seeds, each in a test input under Variants/.</summary>
public class VariantTests
{
    [Fact]
    public void Kentucky_code_in_brackets_valid_as_of_mixed_case_heading_bullets_and_pdf_artefacts()
    {
        var result = Imports.Run(("ky-variant.txt", Imports.Variant("ky-variant.txt")));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        var jobClass = Imports.Catalog(result).Classes.Single();
        Assert.Equal("Production Analyst", jobClass.Title);
        Assert.Equal("73050V000101", jobClass.Code);
        Assert.Equal(new SpecDate(2021, 3, 15), jobClass.ValidAsOf);
        Assert.Equal(new SpecDate(1993, 7, 1), jobClass.Established);
        Assert.Equal(new SpecDate(2021, 11, 3), jobClass.Source!.Printed);
        Assert.Equal(16.50m, jobClass.SpecialEntranceRate!.Amounts.Single(a => a.Basis == SalaryBasis.Hourly).Amount);

        var characteristics = jobClass.FindSection("characteristics")!;
        Assert.Contains("recommends changes", characteristics.Body);
        Assert.Contains("http://www.lrc.ky.gov/kar/101/001/325.htm for", characteristics.Body);
        Assert.DoesNotContain("Page 1 of 2", Imports.File(result, "kentucky/production-analyst.md"));
        Assert.StartsWith("Characteristics of a job are general statements", characteristics.Lead);
        Assert.Equal(new[] { "Reviews job requests and schedules jobs.", "Monitors terminals and peripherals for failures.", "Trains other staff." }, jobClass.Duties.ToArray());

        var grade = Imports.Catalog(result).Jurisdictions.Single().PayPlans.Single().Grades.Single();
        var annual = grade.Ranges.Single(r => r.Basis == SalaryBasis.Annual);
        Assert.Equal(31200.00m, annual.Minimum);
        Assert.Equal(53040.00m, annual.Maximum);
    }

    [Fact]
    public void Kentucky_spec_without_code_or_salary_keeps_an_unreadable_date_with_a_warning()
    {
        var result = Imports.Run(("ky-nocode.txt", Imports.Variant("ky-nocode.txt")));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        var jobClass = Imports.Catalog(result).Classes.Single();
        Assert.Null(jobClass.Code);
        Assert.Null(jobClass.Grade);
        Assert.Empty(Imports.Catalog(result).Jurisdictions.Single().PayPlans);
        Assert.Equal("not a date", jobClass.FindSection("unplaced-text")!.Body);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("IMP005", warning.Id);
        Assert.Equal(9, warning.Location.StartLine);
        Assert.Equal(new[] { "Loads paper.", "Sorts output, e.g. reports and forms.", "Delivers output to Dr. Smith and others." }, jobClass.Duties.ToArray());
    }

    [Fact]
    public void Colorado_series_with_two_levels_inline_ratings_and_dated_history()
    {
        var result = Imports.Run(("co-variant.txt", Imports.Variant("co-variant.txt")));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        var catalog = Imports.Catalog(result);
        var series = catalog.Series.Single();
        Assert.Equal("Park Ranger", series.Title);
        Assert.Equal(new SpecDate(2019, 3), series.Date);
        Assert.Equal("enforcement-and-protective-services", series.JobGroupKey);
        Assert.Equal(new[] { "park-ranger-i", "park-ranger-ii" }, series.Levels.ToArray());
        Assert.Equal(new[] { (new SpecDate(2019, 3, 1), "Created the series for the new park system."), (new SpecDate(2015, 6, 30), "Revised the ranger duties in every level.") }, series.History.Select(h => (h.Date, h.Text)));
        Assert.Equal("No date on this line at all", series.Sections.Single(s => s.Id == "unplaced-text").Body);

        var second = catalog.Classes.Single(c => c.Key == "park-ranger-ii");
        Assert.Equal(new[] { "Operational", "Patterned", "Work Leader" }, second.Factors.Select(f => f.Rating));
        Assert.Equal("concept", second.Sections[0].Id);
    }

    /// <summary>
    /// Today's class description page of the seed series (Variants/co-class-description.txt, the seed original
    /// rewritten in that layout: "Class Description and Minimum Qualifications for G2C2TX - …", "Valid as of:", levels
    /// as "TITLE (CODE)", headings in mixed case, each factor rated where it stands, no series title, code range or
    /// ratings table) imports with the same built-in layout as the 2015 PDF, to the seed files but for what only the
    /// 2015 document says: the month-only date (the page gives the day) and the table's abbreviated titles.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Colorado_class_description_page_imports_with_the_layout_of_the_2015_series(bool asPdf)
    {
        var page = Imports.Variant("co-class-description.txt");
        var result = Importer.Import(new[] { asPdf ? new ImportInput("page.pdf", SpecSdk.Testing.TestPdf.Of(page)) : new ImportInput("page.txt", Encoding.UTF8.GetBytes(page)) });

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.Validation.Select(d => d.ToString()));
        Assert.Equal("colorado", result.Inputs.Single().Layout);
        var seeds = SpecLoader.FindSpecFiles(SpecSdk.Testing.TestRepository.Path("seeds")).Paths.Where(p => p.StartsWith("colorado/", System.StringComparison.Ordinal));
        Assert.Equal(seeds, result.Files.Select(f => f.Path));
        foreach (var file in result.Files)
        {
            var seed = System.IO.File.ReadAllText(SpecSdk.Testing.TestRepository.Path("seeds", file.Path));
            var expected = System.Text.RegularExpressions.Regex.Replace(seed.Replace("\ndate: 2015-07\n", "\ndate: 2015-07-01\n", System.StringComparison.Ordinal), "\nshort-title: [^\n]*", string.Empty);
            Assert.Equal(expected, file.Text);
        }
    }

    [Fact]
    public void A_heading_repeated_within_a_level_gets_an_id_of_its_own_and_the_specs_validate()
    {
        var text = "STATE OF COLORADO\n\nJULY 2020\n\nGUARD\n\nDESCRIPTION OF OCCUPATIONAL WORK\n\nThis class series uses one level in the Enforcement and Protective Services Occupational Group.\n\n"
            + "GUARD I (K1G1XX)\n\nCONCEPT OF CLASS\n\nThis class guards buildings.\n\nCONCEPT OF CLASS\n\nThis class also guards grounds.\n\n"
            + "FACTORS\n\nDecision Making (Defined) -- Choices follow post orders.\n\nDecision Making (Defined) -- Said twice.\n";

        var result = Imports.Run(("guard.txt", text));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        var guard = Imports.Catalog(result).Classes.Single();
        Assert.Equal(new[] { "concept", "concept-2", "factors" }, guard.Sections.Select(s => s.Id));
        Assert.Equal("This class also guards grounds.", guard.FindSection("concept-2")!.Body);
        Assert.Equal(new[] { "decision-making", "decision-making-2" }, guard.FindSection("factors")!.Subsections.Select(s => s.Id));
        Assert.Equal("Guard", Imports.Catalog(result).Series.Single().Title);
    }

    [Fact]
    public void Colorado_series_with_six_levels_and_a_rating_table()
    {
        var levels = Enumerable.Range(1, 6).Select(i => (Title: "ANALYST " + Roman(i), Code: $"H{i}A1XX")).ToList();
        var text = new StringBuilder("STATE OF COLORADO\n\nJULY 2020\n\nANALYST\n\nH1A1XX TO H6A1XX\n\nDESCRIPTION OF OCCUPATIONAL WORK\n\n");
        text.Append("This class series uses six levels in the Professional Services Occupational Group and describes analysis work.\n\n");
        foreach (var (title, code) in levels)
        {
            text.Append($"{title}\n\n{code}\n\nCONCEPT OF CLASS\n\nThis class describes the {title.ToLowerInvariant()} level of analysis work in the series.\n\n");
        }

        text.Append("SUMMARY OF FACTOR RATINGS\n\nClass Level\tDecision Making\tComplexity\n");
        foreach (var (title, _) in levels)
        {
            text.Append($"Analyst {title.Substring(8)}\tDefined\tPatterned\n");
        }

        var result = Imports.Run(("six.txt", text.ToString()));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        Assert.Empty(result.Diagnostics);
        var catalog = Imports.Catalog(result);
        Assert.Equal(6, catalog.Series.Single().Levels.Count);
        Assert.Equal(Enumerable.Range(1, 6), catalog.Classes.OrderBy(c => c.Level).Select(c => c.Level!.Value));
        Assert.All(catalog.Classes, c => Assert.Equal(new[] { "Defined", "Patterned" }, c.Factors.Select(f => f.Rating)));
    }

    [Fact]
    public void Judicial_council_code_after_title_mixed_case_headings_and_other_bullet_markers()
    {
        var result = Imports.Run(("jcc-variant.txt", Imports.Variant("jcc-variant.txt")));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Concat(result.Validation)));
        var catalog = Imports.Catalog(result);
        var jobClass = catalog.Classes.Single();
        Assert.Equal(("Court Services Analyst", "2345"), (jobClass.Title, jobClass.Code));
        Assert.Equal(new SpecDate(2020, 1, 2), jobClass.ValidAsOf);
        Assert.Equal("court-services", jobClass.JobGroupKey);
        Assert.Equal(new[] { "job-family-definition", "summary", "duties", "minimum-qualifications", "knowledge", "please-note" }, jobClass.Sections.Select(s => s.Id));
        Assert.DoesNotContain("Please Note", Imports.File(result, "judicial-council-of-california/court-services-analyst.md"));
        Assert.Equal(3, jobClass.Duties.Count);
        Assert.Equal(new[] { "Court operations; and", "Statistical methods." }, jobClass.Knowledge.ToArray());
        Assert.Equal("please-note", catalog.Jurisdictions.Single().Boilerplate.Single().Id);
    }

    private static string Roman(int i) => new[] { "I", "II", "III", "IV", "V", "VI" }[i - 1];
}
