using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

/// <summary>The handbook of the seeds, read back with AngleSharp.</summary>
public sealed class SeedSiteTests : IClassFixture<SeedSiteTests.Fixture>
{
    private readonly BuiltSite site;

    public SeedSiteTests(Fixture fixture)
    {
        site = fixture.Site;
    }

    [Fact]
    public void Every_page_is_an_accessible_html5_document()
    {
        Assert.True(site.Pages.Count >= 17);
        foreach (var (path, page) in site.Pages)
        {
            Assert.True(page.Doctype?.Name == "html", path + " has no HTML5 doctype");
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Single(page.QuerySelectorAll("main#main"));
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), path + " has no title");

            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: heading level {levels[i]} follows {levels[i - 1]}");
            }

            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), path + " repeats an id");
            Assert.All(page.QuerySelectorAll("input"), input => Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']")));
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves()
    {
        foreach (var (path, page) in site.Pages.Where(p => p.Key != "404.html"))
        {
            var references = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                .Concat(page.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var reference in references.Where(r => !r.StartsWith("http:", StringComparison.Ordinal) && !r.StartsWith("https:", StringComparison.Ordinal) && !r.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                var hash = reference.IndexOf('#');
                var file = hash >= 0 ? reference[..hash] : reference;
                file = file.Contains('?', StringComparison.Ordinal) ? file[..file.IndexOf('?', StringComparison.Ordinal)] : file;
                var target = file.Length == 0 ? path : Path.GetRelativePath(site.Site, Path.GetFullPath(Path.Combine(site.Site, Path.GetDirectoryName(path)!, file))).Replace('\\', '/');
                Assert.True(File.Exists(Path.Combine(site.Site, target)), $"{path} links to {reference}, which does not exist");
                if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    Assert.True(site.Pages[target].GetElementById(reference[(hash + 1)..]) is not null, $"{path} links to {reference}, whose anchor does not exist");
                }
            }
        }
    }

    [Fact]
    public void Every_class_series_grade_and_jurisdiction_has_its_page()
    {
        Assert.True(site.Pages.ContainsKey("ky/classes/73070v000101.html"));
        Assert.True(site.Pages.ContainsKey("ky/classes/73040v000101.html"));
        Assert.True(site.Pages.ContainsKey("jcc/classes/business-systems-coordinator.html"));
        Assert.Equal(
            site.Catalog.Classes.Select(c => c.Title).Order(),
            site.Pages.Where(p => p.Key.Contains("/classes/", StringComparison.Ordinal)).Select(p => p.Value.QuerySelector("h1")!.TextContent).Order());
        Assert.True(site.Pages.ContainsKey("co/series/customer-support-coordinator.html"));
        Assert.True(site.Pages.ContainsKey("ky/grades/salary-grades/14.html"));
        Assert.True(site.Pages.ContainsKey("ky/pay-plans/salary-grades.html"));
        Assert.All(site.Catalog.Jurisdictions, j => Assert.True(site.Pages.ContainsKey(j.Key + "/index.html")));
        var sitemap = File.ReadAllText(Path.Combine(site.Site, "sitemap.xml"));
        Assert.Contains("<loc>/ky/classes/73070v000101.html</loc>", sitemap, StringComparison.Ordinal);
        // Every page but three a search engine has no use for: 404.html, the search page and the compare page.
        Assert.Equal(site.Pages.Count - 3, sitemap.Split("<loc>").Length - 1);
        Assert.DoesNotContain("compare.html", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_page_shows_its_grade_in_every_basis_and_its_spec_file()
    {
        var page = site.Pages["ky/classes/73070v000101.html"];
        var table = page.QuerySelectorAll("table caption").Single(c => c.TextContent == "Salary ranges of grade 14").ParentElement!;
        var cells = table.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();

        // Kentucky gives no maximum: the table has no Maximum column rather than an empty one.
        Assert.Equal(new[] { "Basis", "Minimum", "Midpoint" }, table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(new[] { "Hourly|$18.075|$23.944", "Monthly, 37.5-hour week|$2,937.20|$3,890.90", "Monthly, 40-hour week|$3,133.00|$4,150.30" }, cells);
        Assert.Equal("../../specs/kentucky/production-coordinator.md", page.QuerySelector("p.source a")!.GetAttribute("href"));
        Assert.Equal("1993-07-01", page.QuerySelectorAll("dt").Single(d => d.TextContent == "Established").NextElementSibling!.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Class_tables_show_only_the_columns_some_class_fills()
    {
        // Colorado's classes have codes but no grade; the Judicial Council's one class has neither.
        Assert.Equal(new[] { "Title", "Code" }, Headers(site.Pages["co/index.html"]));
        Assert.Equal(new[] { "Title" }, Headers(site.Pages["jcc/index.html"]));
        Assert.Equal(new[] { "Title", "Code", "Grade", "Salary" }, Headers(site.Pages["ky/index.html"]));
        Assert.All(site.Pages["co/index.html"].QuerySelectorAll("table.sortable tbody tr"), row => Assert.Equal(2, row.Children.Length));

        static string[] Headers(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.sortable thead th").Select(th => th.TextContent).ToArray();
    }

    [Fact]
    public void Counts_are_in_words_and_a_group_counts_the_classes_of_its_series()
    {
        var home = site.Pages["index.html"];
        Assert.Equal("7 job classes, 1 class series and 2 pay grades of 3 jurisdictions.", home.QuerySelector("p.lead")!.TextContent);
        Assert.Equal("1 class · 0 series · 0 pay grades", home.QuerySelectorAll("ul.cards li").Single(li => li.TextContent.StartsWith("Judicial", StringComparison.Ordinal)).QuerySelector(".meta")!.TextContent);

        // Colorado's four classes take their occupational group from their series.
        var group = site.Pages["co/index.html"].QuerySelectorAll("section[aria-labelledby='groups'] li").Single();
        Assert.Equal("4 classes", group.QuerySelector(".meta")!.TextContent);
        var facts = site.Pages["co/classes/g2c3xx.html"].QuerySelectorAll("dl.facts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Administrative Services and Related", facts["Occupational Group"]);
    }

    [Fact]
    public void A_pay_plan_is_called_by_its_name()
    {
        var grade = site.Pages["ky/grades/salary-grades/14.html"];

        Assert.Equal("Salary grades", grade.QuerySelector("p.lead a")!.TextContent);
        Assert.Equal("Salary grades", site.Pages["ky/pay-plans/salary-grades.html"].QuerySelector("h1")!.TextContent);
        Assert.Contains("Salary grades", site.Pages["ky/index.html"].QuerySelectorAll("section[aria-labelledby='pay'] a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_series_page_compares_the_levels_and_links_each()
    {
        var page = site.Pages["co/series/customer-support-coordinator.html"];
        var summary = page.GetElementById("summary")!.ParentElement!.QuerySelector("table")!;
        Assert.Equal("Class Level|Decision Making|Complexity|Line/Staff Authority", string.Join("|", summary.QuerySelectorAll("thead th").Select(t => t.TextContent)));
        Assert.Equal(
            new[]
            {
                "Customer Support Intern|na|na|na",
                "Customer Support Coord I|Defined|Prescribed|Indiv. Contributor",
                "Customer Support Coord II|Defined|Patterned|Indiv. Contributor or Work Leader",
                "Customer Support Coord III|Operational|Patterned|Unit Supervisor or *Indiv. Contributor",
            },
            summary.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))));
        var second = site.Pages["co/classes/g2c3xx.html"];
        Assert.Equal("../../co/classes/g2c2tx.html", second.QuerySelectorAll("nav.levels a").Single(a => a.TextContent == "Customer Support Coordinator I").GetAttribute("href"));
        Assert.Equal("../../co/classes/g2c4xx.html", second.QuerySelectorAll("nav.levels a").Single(a => a.TextContent == "Customer Support Coordinator III").GetAttribute("href"));
        Assert.Contains("changed from the level below", second.QuerySelector("table.ratings")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000_f9e488b68215ebe5.txt")]
    [InlineData("001_1ec98876241d0fee.txt")]
    [InlineData("002_39d9cd6d330901a5.txt")]
    [InlineData("003_c413c47e85ec8b65.txt")]
    public void Every_sentence_and_figure_of_each_seed_is_on_the_site(string original)
    {
        var text = string.Join("\n", site.Pages.Values.Select(p => p.Body!.TextContent));
        var missing = Fidelity.Missing(File.ReadAllText(TestRepository.Path("seeds", "original", original)), text);
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Exports_hold_every_class()
    {
        var csv = File.ReadAllLines(Path.Combine(site.Site, "classes.csv"));
        Assert.Equal("jurisdiction,key,code,title,job_number,pay_plan,grade,job_group,series,level,established,revised,url,status,abolished,successor,flsa,overtime_eligible,eeo_category,bargaining_unit,jurisdictional_class,occupational_code,alternate_titles", csv[0]);
        Assert.Contains("ky,production-coordinator,73070V000101,Production Coordinator,20001502,salary-grades,14,7300,,,1993-07-01,2006-02-24,ky/classes/73070v000101.html,active,,,,,,,,,", csv);
        Assert.Equal(site.Catalog.Classes.Count + 1, csv.Length);

        // The JSON is one file a jurisdiction, listed in data/index.json; the whole catalog only on request.
        Assert.False(File.Exists(Path.Combine(site.Site, "catalog.json")));
        using var index = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Site, "data", "index.json")));
        var entries = index.RootElement.GetProperty("Jurisdictions").EnumerateArray().ToList();
        Assert.Equal(new[] { "co", "jcc", "ky" }, entries.Select(e => e.GetProperty("Key").GetString()));
        var keys = new List<string>();
        foreach (var entry in entries)
        {
            // Each path is relative to the index, as a consumer resolves it against the index's own address.
            using var part = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Site, "data", entry.GetProperty("Path").GetString()!)));
            var classes = part.RootElement.GetProperty("Classes").EnumerateArray().ToList();
            Assert.Equal(entry.GetProperty("Classes").GetInt32(), classes.Count);
            Assert.All(classes, c => Assert.Equal(entry.GetProperty("Key").GetString(), c.GetProperty("JurisdictionKey").GetString()));
            Assert.Equal(entry.GetProperty("Key").GetString(), part.RootElement.GetProperty("Jurisdictions").EnumerateArray().Single().GetProperty("Key").GetString());
            keys.AddRange(classes.Select(c => c.GetProperty("Key").GetString()!));
        }

        Assert.Equal(site.Catalog.Classes.Select(c => c.Key).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_search_index_finds_the_two_production_classes_by_title_and_gives_each_a_fragment()
    {
        var meta = Script("search/meta.js", "meta(");
        Assert.Equal(site.Catalog.Classes.Count, meta.GetProperty("classes").GetInt32());
        var firsts = meta.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(firsts.Order(StringComparer.Ordinal), firsts);

        // The chunk the term is in: the last one starting at or before it, as the page looks it up. The index holds
        // the stem of "production", "product", which "productions" and "product" have too.
        var chunk = firsts.FindLastIndex(f => string.CompareOrdinal(f, "product") <= 0);
        var terms = Script($"search/t/{chunk}.js", $"chunk({chunk},");
        Assert.False(terms.TryGetProperty("production", out _));
        var postings = terms.GetProperty("product").EnumerateArray().Select(p => p.GetInt64()).ToList();
        var id = 0L;
        var titled = new List<string>();
        foreach (var posting in postings)
        {
            id += posting / 16;
            var fragment = Script($"search/f/{id}.js", $"fragment({id},");
            Assert.Equal(site.Catalog.Classes[(int)id].Title, fragment.GetProperty("title").GetString());
            Assert.True(File.Exists(Path.Combine(site.Site, fragment.GetProperty("url").GetString()!)));
            if (posting % 16 >= 8)
            {
                titled.Add(fragment.GetProperty("title").GetString()!);
            }
        }

        Assert.Equal(new[] { "Production Coordinator", "Production Specialist II" }, titled.Order(StringComparer.Ordinal));
        Assert.True(postings.Count > 2, "the text of other classes mentions production too");
    }

    [Fact]
    public void The_filters_give_every_class_its_jurisdiction_group_and_series()
    {
        var filters = Script("search/filters.js", "filters(");
        var jurisdictions = filters.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()).ToList();
        var groups = filters.GetProperty("groups").EnumerateArray().Select(j => j.GetString()).ToList();
        var of = filters.GetProperty("of").EnumerateArray().Select(n => n.GetInt32()).ToList();

        Assert.Equal(site.Catalog.Classes.Count * 3, of.Count);
        var intern = site.Catalog.Classes.ToList().FindIndex(c => c.Title == "Customer Support Intern");
        Assert.Equal("State of Colorado", jurisdictions[of[intern * 3]]);
        Assert.Equal("Administrative Services and Related (State of Colorado)", groups[of[(intern * 3) + 1]]);
        Assert.Equal(0, of[(intern * 3) + 2]);
    }

    /// <summary>The data a search script hands to <c>specsdkSearch.{call}</c>.</summary>
    private System.Text.Json.JsonElement Script(string path, string call)
    {
        var script = File.ReadAllText(Path.Combine(site.Site, path));
        Assert.StartsWith("specsdkSearch." + call, script, StringComparison.Ordinal);
        Assert.EndsWith(");\n", script, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(script[("specsdkSearch." + call).Length..^3]);
        return json.RootElement.Clone();
    }

    public sealed class Fixture : IDisposable
    {
        public BuiltSite Site { get; } = BuiltSite.FromSeeds();

        public void Dispose() => Site.Dispose();
    }
}
