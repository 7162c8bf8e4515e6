using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Specs.Tests;

/// <summary>The fields HR systems need beyond the seeds: classification, lifecycle, and pay plans with versions and steps.</summary>
public class DomainFieldsTests
{
    private static readonly SpecReaderOptions Options = new() { Today = new SpecDate(2026, 11, 22) };

    private const string Jurisdiction = """
        ---
        kind: jurisdiction
        key: ny
        name: State of New York
        currency: USD
        location: { country: US, region: US-NY }
        bargaining-units:
          - { code: "05", name: "Professional, Scientific and Technical" }
          - { key: admin, name: Administrative Services }
        jurisdictional-classes:
          - { key: competitive, name: Competitive }
          - { key: non-competitive, name: Non-competitive }
        pay-plans:
          - key: salary-grades
            name: Salary grades
            versions:
              - effective: 2024-04-01
                ends: 2025-03-31
                name: FY 2024-25
                grades:
                  - grade: "18"
                    annual: { minimum: 60000, maximum: 76000 }
        ---
        """;

    private const string NextYear = """
        ---
        kind: pay-plan-version
        jurisdiction: ny
        pay-plan: salary-grades
        effective: 2025-04-01
        name: FY 2025-26
        steps: [Hiring rate, Step 1, Step 2]
        grades:
          - grade: "18"
            annual: { minimum: 62000, maximum: 78000 }
            steps: { annual: [62000, 66000, 70500.50] }
        ---
        """;

    private const string Analyst = """
        ---
        jurisdiction: ny
        title: Information Technology Specialist 2
        grade: "18"
        flsa: exempt-computer
        overtime-eligible: yes
        eeo-category: 2
        bargaining-unit: "05"
        jurisdictional-class: competitive
        occupational-code: 15-1232.00
        alternate-titles: [Help Desk Technician, IT Support Analyst]
        ---
        """;

    private const string Programmer = """
        ---
        jurisdiction: ny
        title: Programmer Trainee
        status: abolished
        abolished: 2021-07-01
        successor: information-technology-specialist-2
        eeo-category: Technicians
        flsa: Non-Exempt
        ---
        """;

    private static LoadResult Load(params (string Path, string Text)[] files) =>
        SpecLoader.Load(files.Select(f => SpecReader.Read(f.Path, f.Text, Options)).ToList());

    [Fact]
    public void Classification_and_lifecycle_fields_reach_the_model()
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/v2025.md", NextYear), ("ny/information-technology-specialist-2.md", Analyst), ("ny/programmer-trainee.md", Programmer));

        Assert.Empty(result.Diagnostics);
        var analyst = result.Catalog.Classes.Single(c => c.Key == "information-technology-specialist-2");
        Assert.Equal((FlsaStatus.Exempt, FlsaExemption.Computer, true), (analyst.Flsa!.Value, analyst.FlsaExemption!.Value, analyst.OvertimeEligible!.Value));
        Assert.Equal((EeoCategory.Professionals, "05", "competitive", "15-1232.00"), (analyst.EeoCategory!.Value, analyst.BargainingUnitKey, analyst.JurisdictionalClassKey, analyst.OccupationalCode));
        Assert.Equal(new[] { "Help Desk Technician", "IT Support Analyst" }, analyst.AlternateTitles);
        Assert.Equal(ClassStatus.Active, analyst.Status);

        var trainee = result.Catalog.Classes.Single(c => c.Key == "programmer-trainee");
        Assert.Equal((ClassStatus.Abolished, new SpecDate(2021, 7, 1)), (trainee.Status, trainee.Abolished!.Value));
        Assert.Equal(new ClassReference { JurisdictionKey = "ny", Key = "information-technology-specialist-2" }, trainee.Successor);
        Assert.Equal((EeoCategory.Technicians, FlsaStatus.NonExempt), (trainee.EeoCategory!.Value, trainee.Flsa!.Value));
        Assert.Null(trainee.FlsaExemption);

        var ny = result.Catalog.Jurisdictions.Single();
        Assert.Equal(("USD", "US", "US-NY"), (ny.Currency, ny.Location!.Country, ny.Location.Region));
        Assert.Equal(new[] { ("05", "Professional, Scientific and Technical"), ("admin", "Administrative Services") }, ny.BargainingUnits.Select(u => (u.Key, u.Name)));
        Assert.Equal(new[] { "competitive", "non-competitive" }, ny.JurisdictionalClasses.Select(c => c.Key));
    }

    [Fact]
    public void A_version_file_joins_its_plan_in_date_order_with_its_steps()
    {
        // The newer version's file sorts before the jurisdiction file by path; the versions are still oldest first.
        var result = Load(("ny/a-2025.md", NextYear), ("ny/jurisdiction.md", Jurisdiction), ("ny/information-technology-specialist-2.md", Analyst));

        Assert.Empty(result.Diagnostics);
        var plan = result.Catalog.Jurisdictions.Single().PayPlans.Single();
        Assert.Equal(new[] { "FY 2024-25", "FY 2025-26" }, plan.Versions.Select(v => v.Name));
        Assert.Equal(new[] { "ny/jurisdiction.md", "ny/a-2025.md" }, plan.Versions.Select(v => v.SourcePath));
        Assert.Equal(62000m, plan.FindGrade("18")!.RangeFor(SalaryBasis.Annual)!.Minimum);
        Assert.Equal(60000m, plan.GradeAsOf("18", new SpecDate(2025, 3, 31))!.RangeFor(SalaryBasis.Annual)!.Minimum);
        Assert.Equal(new[] { "Hiring rate", "Step 1", "Step 2" }, plan.Latest!.StepNames);
        var steps = Assert.Single(plan.FindGrade("18")!.Steps);
        Assert.Equal(SalaryBasis.Annual, steps.Basis);
        Assert.Equal(new[] { 62000m, 66000m, 70500.50m }, steps.Amounts);
    }

    [Fact]
    public void A_schedule_published_ahead_of_its_effective_date_is_not_a_future_date_error()
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/v2027.md", NextYear.Replace("2025-04-01", "2027-04-01")));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_version_file_for_a_plan_the_jurisdiction_does_not_have_is_reported_at_its_plan()
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/v.md", NextYear.Replace("pay-plan: salary-grades", "pay-plan: hourly")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SPEC040", "ny/v.md", 4), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Location.StartLine + 1));
    }

    [Fact]
    public void Successors_may_name_a_class_of_another_jurisdiction_and_a_cycle_is_reported()
    {
        var other = Jurisdiction.Replace("key: ny", "key: nyc").Replace("name: State of New York", "name: City of New York");
        var crossing = Programmer.Replace("successor: information-technology-specialist-2", "successor: { jurisdiction: nyc, key: information-technology-specialist-2 }");
        var fine = Load(("ny/jurisdiction.md", Jurisdiction), ("nyc/jurisdiction.md", other), ("ny/programmer-trainee.md", crossing), ("nyc/analyst.md", Analyst.Replace("jurisdiction: ny", "jurisdiction: nyc").Replace("title:", "key: information-technology-specialist-2\ntitle:")));
        Assert.Empty(fine.Diagnostics);

        var a = Programmer.Replace("title: Programmer Trainee", "key: a\ntitle: A").Replace("information-technology-specialist-2", "b");
        var b = Programmer.Replace("title: Programmer Trainee", "key: b\ntitle: B").Replace("information-technology-specialist-2", "a");
        var cycle = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/a.md", a), ("ny/b.md", b));
        Assert.Equal(new[] { "SPEC067", "SPEC067" }, cycle.Diagnostics.Select(d => d.Id));
        Assert.Contains("a → b → a, back to a class it passed", cycle.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flsa: exempt-sometimes", "'exempt-sometimes' is not a valid FLSA status: write 'non-exempt', 'exempt', 'exempt-executive'")]
    [InlineData("eeo-category: 9", "'9' is not a valid EEO-4 category: write one of the eight EEO-4 categories by number or name: 1 officials-and-administrators")]
    [InlineData("occupational-code: 15-12", "'15-12' is not a valid occupational code: write a SOC code such as '15-1232'")]
    [InlineData("occupational-code: 12-1232", "'12-1232' is not a valid occupational code: 12 is no SOC major group")]
    [InlineData("status: retired", "'retired' is not a valid status: write 'active', 'proposed' or 'abolished'.")]
    [InlineData("overtime-eligible: sometimes", "'sometimes' is not a valid value for 'overtime-eligible': write 'true' or 'false'.")]
    [InlineData("alternate-titles: [Clerk, clerk]", "'clerk' is not a valid alternate title: it is given twice. Keep one.")]
    public void A_class_field_out_of_its_vocabulary_is_an_invalid_value_at_the_value(string field, string message)
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/a.md", "---\njurisdiction: ny\ntitle: Clerk\n" + field + "\n---\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SPEC010", 4), (diagnostic.Id, diagnostic.Location.StartLine + 1));
        Assert.StartsWith(message, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("currency: usd", "'usd' is not a valid currency")]
    [InlineData("location: { country: USA }", "'USA' is not a valid country")]
    [InlineData("location: { country: US, region: CA-ON }", "'CA-ON' is not a valid region: write its ISO 3166-2 code, the country's code, a hyphen and the subdivision's, e.g. 'US-KY'.")]
    public void A_jurisdiction_s_currency_and_location_are_format_checked(string field, string message)
    {
        var text = Jurisdiction.Replace("currency: USD\n", string.Empty).Replace("location: { country: US, region: US-NY }\n", field + "\n");
        var diagnostic = Assert.Single(Load(("ny/jurisdiction.md", text)).Diagnostics);

        Assert.Equal("SPEC010", diagnostic.Id);
        Assert.StartsWith(message, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_currency_a_jurisdiction_pays_in_US_dollars()
    {
        var text = Jurisdiction.Replace("currency: USD\n", string.Empty);

        Assert.Equal("USD", Load(("ny/jurisdiction.md", text)).Catalog.Jurisdictions.Single().Currency);
    }
}
