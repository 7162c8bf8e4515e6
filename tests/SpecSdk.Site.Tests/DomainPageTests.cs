using System;
using System.IO;
using System.Linq;

namespace SpecSdk.Site.Tests;

/// <summary>Pay plan versions and steps, classification fields and abolished classes as the handbook shows them.</summary>
public sealed class DomainPageTests : IDisposable
{
    private readonly string specs = Directory.CreateTempSubdirectory("specsdk-domain-").FullName;
    private readonly BuiltSite site;

    public DomainPageTests()
    {
        Write("jurisdiction.md", """
            ---
            kind: jurisdiction
            key: co
            name: State of Colorado
            bargaining-units:
              - { code: "05", name: Professional Services }
            pay-plans:
              - key: classified
                name: Classified pay plan
                versions:
                  - effective: 2024-07-01
                    ends: 2025-06-30
                    name: FY 2024-25
                    grades:
                      - grade: A12
                        monthly: { minimum: 3410.00, maximum: 5200.00 }
                      - grade: A10
                        monthly: { minimum: 3010.00, maximum: 4600.00 }
                  - effective: 2025-07-01
                    name: FY 2025-26
                    steps: [Entry, Year 3]
                    grades:
                      - grade: A12
                        monthly: { minimum: 3512.00, maximum: 5356.00 }
                        steps: { monthly: [3512.00, 3860.00] }
            ---
            """);
        Write("clerk.md", """
            ---
            jurisdiction: co
            title: Clerk
            code: C100
            grade: A12
            revised: 2020-01-01
            flsa: exempt-administrative
            overtime-eligible: true
            eeo-category: 6
            bargaining-unit: "05"
            occupational-code: 43-9061.00
            alternate-titles: [Office Clerk, General Clerk]
            ---
            """);
        Write("clerk-typist.md", """
            ---
            jurisdiction: co
            title: Clerk Typist
            code: C090
            grade: A10
            revised: 2021-01-01
            status: abolished
            abolished: 2021-07-01
            successor: clerk
            ---
            """);
        site = BuiltSite.From(specs);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(specs, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(specs, name), text);

    [Fact]
    public void The_plan_page_is_the_latest_version_with_its_steps_and_links_every_version()
    {
        var latest = site.Pages["co/pay-plans/classified.html"];
        Assert.Equal("Classified pay plan, FY 2025-26", latest.QuerySelector("h1")!.TextContent);
        Assert.Equal("2025-07-01", latest.QuerySelector(".lead time")!.GetAttribute("datetime"));
        Assert.Equal(new[] { "Grade", "Monthly minimum", "Monthly maximum", "Monthly Entry", "Monthly Year 3" }, latest.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(new[] { "A12", "$3,512.00", "$5,356.00", "$3,512.00", "$3,860.00" }, latest.QuerySelectorAll("tbody tr").Single().Children.Select(c => c.TextContent));

        var links = latest.QuerySelectorAll("nav.versions a").ToList();
        Assert.Equal(new[] { "FY 2025-26", "FY 2024-25" }, links.Select(a => a.TextContent));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));

        // The earlier version's page, reached from the switch, has its own figures and dates.
        var earlierPath = Path.GetRelativePath(Path.Combine(site.Site, "co", "pay-plans"), Path.GetFullPath(Path.Combine(site.Site, "co", "pay-plans", links[1].GetAttribute("href")!))).Replace('\\', '/');
        var earlier = site.Pages["co/pay-plans/" + earlierPath];
        Assert.Equal("Classified pay plan, FY 2024-25", earlier.QuerySelector("h1")!.TextContent);
        Assert.Equal(new[] { "2024-07-01", "2025-06-30" }, earlier.QuerySelectorAll(".lead time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(new[] { "A12", "$3,410.00", "$5,200.00" }, earlier.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
        Assert.Equal("A10", earlier.QuerySelectorAll("tbody tr")[1].Children[0].TextContent);
        Assert.Equal("page", earlier.QuerySelectorAll("nav.versions a")[1].GetAttribute("aria-current"));
    }

    [Fact]
    public void A_class_page_shows_the_classification_fields()
    {
        var page = site.Pages["co/classes/c100.html"];
        var facts = page.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);

        Assert.Equal("Exempt (administrative)", facts["FLSA status"]);
        Assert.Equal("Eligible", facts["Overtime"]);
        Assert.Equal("6 · Administrative Support", facts["EEO-4 category"]);
        Assert.Equal("05 - Professional Services", facts["Bargaining unit"]);
        Assert.Equal("43-9061.00", facts["O*NET-SOC code"]);
        Assert.Equal("Office Clerk; General Clerk", facts["Also known as"]);
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public void An_abolished_class_is_marked_links_its_successor_and_is_not_among_the_recently_revised()
    {
        var page = site.Pages["co/classes/c090.html"];
        var notice = page.QuerySelector(".notice")!;
        Assert.StartsWith("Abolished on July 1, 2021", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("Clerk", notice.QuerySelector("a")!.TextContent);
        Assert.Equal("../../co/classes/c100.html", notice.QuerySelector("a")!.GetAttribute("href"));

        var home = site.Pages["index.html"];
        var recent = home.QuerySelectorAll("main a").Select(a => a.TextContent).ToList();
        Assert.Contains("Clerk", recent);
        Assert.DoesNotContain("Clerk Typist", recent);

        var row = site.Pages["co/index.html"].QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Clerk Typist", StringComparison.Ordinal));
        Assert.Equal("abolished", row.QuerySelector(".tag")!.TextContent);

        // Its grade, which the plan's latest version dropped, is named without a link to a page that does not exist.
        Assert.Equal("A10", row.Children[2].TextContent);
        Assert.Null(row.Children[2].QuerySelector("a"));
        var grade = page.QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "Grade");
        Assert.Equal(("A10", null), (grade.QuerySelector("dd")!.TextContent, grade.QuerySelector("a")));
    }

    [Fact]
    public void A_class_page_carries_its_occupation_as_json_ld_that_reads_back_as_the_class()
    {
        var script = Assert.Single(site.Pages["co/classes/c100.html"].QuerySelectorAll("script[type='application/ld+json']"));
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        var occupation = json.RootElement;

        Assert.Equal(("https://schema.org", "Occupation", "Clerk", "C100"), (occupation.GetProperty("@context").GetString(), occupation.GetProperty("@type").GetString(), occupation.GetProperty("name").GetString(), occupation.GetProperty("identifier").GetString()));
        Assert.Equal(new[] { "Office Clerk", "General Clerk" }, occupation.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()));
        var category = occupation.GetProperty("occupationalCategory");
        Assert.Equal(("43-9061.00", "https://www.onetcenter.org/taxonomy.html"), (category.GetProperty("codeValue").GetString(), category.GetProperty("inCodeSet").GetString()));
        var salary = Assert.Single(occupation.GetProperty("estimatedSalary").EnumerateArray());
        var value = salary.GetProperty("value");
        Assert.Equal(("USD", 3512.00m, 5356.00m, "MONTH"), (salary.GetProperty("currency").GetString(), value.GetProperty("minValue").GetDecimal(), value.GetProperty("maxValue").GetDecimal(), value.GetProperty("unitText").GetString()));
        Assert.Equal("State of Colorado", occupation.GetProperty("occupationLocation").GetProperty("name").GetString());
    }

    [Fact]
    public void A_script_end_in_a_title_stays_text_in_the_json_ld()
    {
        var hostile = "Clerk </script><script>window.__xss=1</script> & <b>";
        var folder = Directory.CreateTempSubdirectory("specsdk-ld-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
            File.WriteAllText(Path.Combine(folder, "a.md"), "---\njurisdiction: t\ntitle: \"" + hostile + "\"\nalternate-titles: [\"</SCRIPT >\"]\n---\n\n## Duties {#duties}\n\n- Files </script> papers.\n");
            using var built = BuiltSite.From(folder);
            var page = built.Pages["t/classes/a.html"];

            // One script element, whole, which reads back to the very title; the page has no script the title made.
            var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            Assert.Equal(hostile, json.RootElement.GetProperty("name").GetString());
            Assert.Equal("</SCRIPT >", json.RootElement.GetProperty("alternateName")[0].GetString());
            Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("__xss", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
            Assert.DoesNotContain("</script><script>", File.ReadAllText(Path.Combine(built.Site, "t", "classes", "a.html")), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_exports_carry_the_new_fields_and_state_each_fact_once()
    {
        var csv = File.ReadAllLines(Path.Combine(site.Site, "classes.csv"));
        Assert.Contains("co,clerk-typist,C090,Clerk Typist,,classified,A10,,,,,2021-01-01,co/classes/c090.html,abolished,2021-07-01,co/clerk,,,,,,,", csv);
        Assert.Contains("co,clerk,C100,Clerk,,classified,A12,,,,,2020-01-01,co/classes/c100.html,active,,,exempt-administrative,true,6,05,,43-9061.00,Office Clerk; General Clerk", csv);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Site, "data", "jurisdictions", "co.json")));
        var plan = json.RootElement.GetProperty("Jurisdictions")[0].GetProperty("PayPlans")[0];
        Assert.Equal(new[] { "Key", "Name", "Versions" }, plan.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, plan.GetProperty("Versions").GetArrayLength());
        var clerk = json.RootElement.GetProperty("Classes").EnumerateArray().Single(c => c.GetProperty("Key").GetString() == "clerk");
        Assert.Equal(("Exempt", "Administrative", "AdministrativeSupport"), (clerk.GetProperty("Flsa").GetString(), clerk.GetProperty("FlsaExemption").GetString(), clerk.GetProperty("EeoCategory").GetString()));

        // Dates are written as the specs write them, their precision kept.
        Assert.Equal("2020-01-01", clerk.GetProperty("Revised").GetString());
        Assert.Equal(new[] { "2024-07-01", "2025-07-01" }, plan.GetProperty("Versions").EnumerateArray().Select(v => v.GetProperty("Effective").GetString()));
        Assert.Equal("2025-06-30", plan.GetProperty("Versions")[0].GetProperty("Ends").GetString());
    }
}

/// <summary>docs/handbook.md's table of classes.csv lists the columns the build writes, in order.</summary>
public class CsvDocsTests
{
    [Fact]
    public void The_handbook_docs_list_every_csv_column_in_order()
    {
        var page = File.ReadAllText(SpecSdk.Testing.TestRepository.Path("docs", "handbook.md"));
        var table = page[page.IndexOf("The columns of `classes.csv`", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf("| column |", StringComparison.Ordinal), StringComparison.Ordinal)];
        var documented = System.Text.RegularExpressions.Regex.Matches(table, @"^\| ([^|]+) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Skip(2)
            .SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Groups[1].Value, "`([a-z_]+)`").Select(c => c.Groups[1].Value));

        Assert.Equal(SiteContent.CsvColumns, documented);
    }
}
