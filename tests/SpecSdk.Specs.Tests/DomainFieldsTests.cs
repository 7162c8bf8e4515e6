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

    private static string Plan(string body) => "---\nkind: jurisdiction\nkey: t\nname: Test County\n" + body + "---\n";

    private static string Diagnostics(LoadResult result) => string.Join("\n", result.Diagnostics);

    [Theory]
    [InlineData("occupational-code: \"\u0661\u0665-\u0661\u0662\u0663\u0662\"")]
    [InlineData("occupational-code: \"\uFF11\uFF15-\uFF11\uFF12\uFF13\uFF12\"")]
    [InlineData("probationary-period: \"\u0666 months\"")]
    public void Digits_of_other_scripts_are_an_invalid_value_not_a_failure_of_the_reader(string field)
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/a.md", "---\njurisdiction: ny\ntitle: Clerk\n" + field + "\n---\n"));

        Assert.Equal("SPEC010", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_long_chain_of_successors_is_valid_and_a_bad_one_is_reported_at_each_class_in_a_message_of_bounded_length()
    {
        string Link(int i, int count, string last) => i == count - 1
            ? $"---\njurisdiction: ny\nkey: c{i}\ntitle: Class {i}\n{last}---\n"
            : $"---\njurisdiction: ny\nkey: c{i}\ntitle: Class {i}\nstatus: abolished\nabolished: 2020-01-01\nsuccessor: c{i + 1}\n---\n";
        (string, string)[] Chain(int count, string last) => new[] { ("ny/jurisdiction.md", Jurisdiction) }.Concat(Enumerable.Range(0, count).Select(i => ($"ny/c{i}.md", Link(i, count, last)))).ToArray();

        Assert.Empty(Load(Chain(2_000, string.Empty)).Diagnostics);

        var proposed = Load(Chain(2_000, "status: proposed\n"));
        Assert.Equal(1_999, proposed.Diagnostics.Count(d => d.Id == "SPEC067"));
        Assert.All(proposed.Diagnostics, d => Assert.True(d.Message.Length < 300, d.Message));
        Assert.Contains(proposed.Diagnostics, d => d.Message.StartsWith("The successors of 'c0' run c0 → c1 → … → c1999, which is only proposed.", System.StringComparison.Ordinal));
        Assert.Contains(proposed.Diagnostics, d => d.Message.StartsWith("The successors of 'c1998' run c1998 → c1999, which is only proposed.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_successor_in_a_jurisdiction_that_does_not_exist_names_the_jurisdiction_at_its_field()
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/p.md", Programmer.Replace("successor: information-technology-specialist-2", "successor: { jurisdiction: zz, key: foo }")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SPEC033", 6, 28), (diagnostic.Id, diagnostic.Location.StartLine + 1, diagnostic.Location.StartColumn + 1));
    }

    [Fact]
    public void An_unknown_successor_written_as_fields_is_reported_at_its_key()
    {
        var result = Load(("ny/jurisdiction.md", Jurisdiction), ("ny/p.md", Programmer.Replace("successor: information-technology-specialist-2", "successor: { jurisdiction: ny, key: foo }")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SPEC066", 6, 37), (diagnostic.Id, diagnostic.Location.StartLine + 1, diagnostic.Location.StartColumn + 1));
    }

    [Fact]
    public void A_null_versions_beside_the_plan_s_own_grades_leaves_their_diagnostics_at_their_lines()
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: Main\n    versions: ~\n    grades:\n      - grade: \"1\"\n      - grade: \"1\"\n");

        var diagnostic = Assert.Single(Load(("t/j.md", text)).Diagnostics);
        Assert.Equal(("SPEC030", 11), (diagnostic.Id, diagnostic.Location.StartLine + 1));
    }

    [Fact]
    public void A_version_without_its_date_is_reported_once()
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: Main\n    versions:\n      - { grades: [] }\n      - { effective: 2025-07-01, grades: [] }\n");

        Assert.Equal("SPEC009", Assert.Single(Load(("t/j.md", text)).Diagnostics).Id);
    }

    [Fact]
    public void A_version_ending_in_a_month_overlaps_one_starting_within_it()
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: Main\n    versions:\n      - { effective: 2024-01-01, ends: 2024-06, grades: [] }\n      - { effective: 2024-06-15, grades: [] }\n");
        var result = Load(("t/j.md", text));

        Assert.Equal("SPEC060", Assert.Single(result.Diagnostics).Id);
        Assert.True(result.Catalog.Jurisdictions.Single().PayPlans.Single().Versions[0].IsInEffectOn(new SpecDate(2024, 6, 30)));
    }

    [Theory]
    [InlineData("steps: { monthly: [10, x] }", "SPEC010")]
    [InlineData("steps: { monthly: [10, ~] }", "SPEC008")]
    [InlineData("steps: { monthly: [12, 11], monthly: [10, 11] }", "SPEC011,SPEC064")]
    public void A_step_rate_that_cannot_be_read_or_a_basis_given_twice_is_one_diagnostic_each(string steps, string ids)
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: Main\n    steps: [a, b]\n    grades:\n      - grade: \"1\"\n        " + steps + "\n");
        var result = Load(("t/j.md", text));

        Assert.Equal(ids, string.Join(",", result.Diagnostics.Select(d => d.Id).Order()));
        Assert.Single(result.Catalog.Jurisdictions.Single().PayPlans.Single().Latest!.Grades.Single().Steps);
    }

    [Fact]
    public void Step_names_are_lines_of_up_to_300_characters_each_given_once()
    {
        var longName = new string('s', 150);
        var fine = Load(("t/j.md", Plan($"pay-plans:\n  - key: main\n    name: Main\n    steps: [{longName}]\n    grades: []\n")));
        Assert.Empty(fine.Diagnostics);

        var twice = Load(("t/j.md", Plan("pay-plans:\n  - key: main\n    name: Main\n    steps: [a, A]\n    grades: []\n")));
        Assert.StartsWith("'A' is not a valid step name: it is given twice.", Assert.Single(twice.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_s_end_or_steps_alone_still_make_its_version()
    {
        var result = Load(("t/j.md", Plan("pay-plans:\n  - key: main\n    name: Main\n    ends: 2024-01-01\n")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new SpecDate(2024, 1, 1), result.Catalog.Jurisdictions.Single().PayPlans.Single().Versions.Single().Ends);
    }

    [Fact]
    public void An_abolished_class_may_keep_a_grade_its_plan_dropped_while_an_active_one_may_not()
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: Main\n    versions:\n      - { effective: 2020-07-01, grades: [{ grade: \"14\" }, { grade: \"15\" }] }\n      - { effective: 2025-07-01, grades: [{ grade: \"14\" }] }\n");
        var old = "---\njurisdiction: t\ntitle: Old\ngrade: \"15\"\nstatus: abolished\nabolished: 2021-01-01\n---\n";

        Assert.Equal("SPEC061", Assert.Single(Load(("t/j.md", text), ("t/old.md", old)).Diagnostics).Id);
        Assert.Equal(new[] { "SPEC034", "SPEC061" }, Load(("t/j.md", text), ("t/new.md", "---\njurisdiction: t\ntitle: New\ngrade: \"15\"\n---\n")).Diagnostics.Select(d => d.Id).Order());
    }

    [Fact]
    public void A_second_plan_with_the_same_key_keeps_its_own_versions_and_version_files_join_the_first()
    {
        var text = Plan("pay-plans:\n  - key: main\n    name: First\n    effective: 2020-01-01\n    grades: []\n  - key: main\n    name: Second\n    effective: 2021-01-01\n    grades: []\n");
        var file = "---\nkind: pay-plan-version\njurisdiction: t\npay-plan: main\neffective: 2022-01-01\ngrades: []\n---\n";
        var result = Load(("t/j.md", text), ("t/v.md", file));

        Assert.Equal("SPEC030", Assert.Single(result.Diagnostics).Id);
        var plans = result.Catalog.Jurisdictions.Single().PayPlans;
        Assert.Equal(new[] { 2, 1 }, plans.Select(p => p.Versions.Count));
    }

    [Fact]
    public void A_unit_s_key_comes_from_its_code_when_valid_else_from_its_name_and_a_class_of_service_has_no_code()
    {
        var text = Plan("bargaining-units:\n  - { code: \"!!\", name: Foo Unit }\njurisdictional-classes:\n  - { code: comp, name: Competitive }\n");
        var result = Load(("t/j.md", text));

        Assert.Equal(new[] { "SPEC007", "SPEC010" }, result.Diagnostics.Select(d => d.Id).Order());
        var t = result.Catalog.Jurisdictions.Single();
        Assert.Equal(("foo-unit", "competitive"), (t.BargainingUnits.Single().Key, t.JurisdictionalClasses.Single().Key));
    }
}

/// <summary>The path a project's spec is known by, in generated code and diagnostics.</summary>
public class ProjectPathTests
{
    [Theory]
    [InlineData("/src/app/", "/src/app/specs/ky/jurisdiction.md", "specs/ky/jurisdiction.md")]
    [InlineData("/src/app/", "/src/seeds/ky/jurisdiction.md", "../seeds/ky/jurisdiction.md")]
    [InlineData("/src/app", "/other/us/jurisdiction.md", "../../other/us/jurisdiction.md")]
    [InlineData("", "/src/seeds/ky/jurisdiction.md", "jurisdiction.md")]
    public void A_spec_outside_the_project_is_known_by_its_path_from_there_so_two_of_one_name_stay_two(string project, string file, string expected) =>
        Assert.Equal(expected, SpecSdk.Specs.Projects.ProjectSpecs.PathOf(project, file));
}
