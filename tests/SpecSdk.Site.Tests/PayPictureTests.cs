using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SpecSdk.Site.Tests;

/// <summary>The pay plan chart, a class's range placed within its plan, and the grades on a series's ladder.</summary>
public sealed class PayPictureTests : IDisposable
{
    private readonly string specs = Directory.CreateTempSubdirectory("specsdk-pay-").FullName;

    public void Dispose() => Directory.Delete(specs, recursive: true);

    [Fact]
    public void A_pay_plan_page_draws_a_bar_a_grade_from_its_lowest_to_its_highest_figure()
    {
        Write();
        using var site = BuiltSite.From(specs);

        var chart = site.Pages["t/pay-plans/main.html"].QuerySelector("figure.chart svg.pay-chart")!;
        var bars = chart.QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(new[] { "Grade 1: $30,000 to $40,000", "Grade 2: $40,000 to $52,000", "Grade 3: $52,000 to $70,000" }, bars.Select(b => b.QuerySelector("title")!.TextContent));

        // Bars grow with the figures, and each bar's width is its range on the one scale of the chart.
        var x = bars.Select(b => double.Parse(b.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        var width = bars.Select(b => double.Parse(b.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(x[0] < x[1] && x[1] < x[2]);
        Assert.Equal(10_000.0 / 12_000, width[0] / width[1], 2);
        Assert.Equal(x[0] + width[0], x[1], 1);
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("3 grades, annual, from $30,000 (grade 1) to $70,000 (grade 3).", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);

        // The table stays beside it.
        Assert.Equal(3, site.Pages["t/pay-plans/main.html"].QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public void A_class_page_marks_its_grade_among_the_plan_s_grades()
    {
        Write();
        using var site = BuiltSite.From(specs);

        var chart = site.Pages["t/classes/c2.html"].QuerySelector("svg.pay-chart")!;
        Assert.Equal(3, chart.QuerySelectorAll("rect.bar").Length);
        Assert.Equal("2", chart.QuerySelector("g.current text.grade")!.TextContent);
        Assert.Contains("Grade 2, $40,000 to $52,000, is 2nd of 3 from the lowest.", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Pages["t/classes/c0.html"].QuerySelector("svg.pay-chart"));
    }

    [Fact]
    public void A_series_ladder_shows_each_level_s_grade_and_salary()
    {
        Write();
        using var site = BuiltSite.From(specs);

        var rows = site.Pages["t/series/office.html"].QuerySelectorAll(".compare tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        Assert.Equal(new[] { "1", "2", "3" }, rows["Grade"]);
        Assert.Equal(new[] { "$30,000 – $40,000 annual", "$40,000 – $52,000 annual", "$52,000 – $70,000 annual" }, rows["Salary"]);
    }

    [Fact]
    public void Figures_of_twenty_digits_give_an_axis_of_a_few_round_ticks()
    {
        Write();
        File.WriteAllText(Path.Combine(specs, "j.md"), File.ReadAllText(Path.Combine(specs, "j.md")).Replace("annual: { minimum: 52000, maximum: 70000 }", "annual: { minimum: 52000, maximum: 99999999999999999999 }"));
        using var site = BuiltSite.From(specs);

        var ticks = site.Pages["t/pay-plans/main.html"].QuerySelectorAll("svg.pay-chart text.tick").Select(t => t.TextContent).ToList();
        Assert.InRange(ticks.Count, 2, 8);
        Assert.Equal("$0", ticks[0]);
        Assert.Equal("$100,000,000,000,000,000,000", ticks[^1]);
    }

    private void Write()
    {
        File.WriteAllText(Path.Combine(specs, "j.md"), """
            ---
            kind: jurisdiction
            key: t
            name: Test County
            pay-plans:
              - key: main
                name: Main Schedule
                grades:
                  - grade: "1"
                    annual: { minimum: 30000, maximum: 40000 }
                  - grade: "2"
                    annual: { minimum: 40000, midpoint: 46000, maximum: 52000 }
                  - grade: "3"
                    annual: { minimum: 52000, maximum: 70000 }
            ---
            """);
        File.WriteAllText(Path.Combine(specs, "office.md"), "---\nkind: series\nkey: office\njurisdiction: t\ntitle: Office\n---\n");
        for (var level = 1; level <= 3; level++)
        {
            File.WriteAllText(Path.Combine(specs, $"c{level}.md"), $"---\njurisdiction: t\ntitle: Clerk {level}\ncode: C{level}\ngrade: \"{level}\"\nseries: office\nlevel: {level}\n---\n\n## Duties\n\nFiles.\n");
        }

        File.WriteAllText(Path.Combine(specs, "c0.md"), "---\njurisdiction: t\ntitle: Volunteer\ncode: C0\n---\n\n## Duties\n\nHelps.\n");
    }
}
