using System;
using System.IO;
using System.Linq;
using SpecSdk.Specs;

namespace SpecSdk.Site.Tests;

/// <summary>Every string from a spec is text on the page: hostile titles, raw HTML and script links never run.</summary>
public sealed class SafetyTests : IDisposable
{
    private const string Hostile = "<img src=x onerror=alert(1)>";
    private readonly string specs = Directory.CreateTempSubdirectory("specsdk-hostile-").FullName;

    public void Dispose() => Directory.Delete(specs, recursive: true);

    [Fact]
    public void Hostile_strings_appear_only_as_text()
    {
        File.WriteAllText(Path.Combine(specs, "j.md"), $"---\nkind: jurisdiction\nkey: evil\nname: '{Hostile} County'\njob-groups:\n  - key: g\n    name: '\"><script>alert(2)</script>'\n---\n\n## Notice {{#notice}}\n\n<script>alert(3)</script>\n");
        File.WriteAllText(Path.Combine(specs, "c.md"), $"""
            ---
            jurisdiction: evil
            title: '{Hostile}'
            code: "X1"
            job-group: g
            ---

            ## Duties {"{#duties}"}

            - <b onmouseover=alert(4)>bold</b>
            - [click](javascript:alert(5)) and [data](data:text/html,<script>alert(6)</script>) and [ok](https://example.org/)
            - <iframe src="https://evil.example"></iframe>
            """);

        using var site = BuiltSite.From(specs);

        foreach (var (path, page) in site.Pages)
        {
            Assert.Empty(page.QuerySelectorAll("img, iframe, b"));
            // Scripts are the theme's files; the one inline script is structured data, a data block no browser runs.
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.Matches(@"\.js(\?v=[0-9a-f]{16})?$", s.GetAttribute("src") ?? "inline script in " + path));
            Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => System.Text.Json.JsonDocument.Parse(s.TextContent).Dispose());
            Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.DoesNotMatch("^(javascript|data|vbscript):", a.GetAttribute("href")!.ToLowerInvariant()));
            Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        var classPage = site.Pages["evil/classes/x1.html"];
        Assert.Equal(Hostile, classPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(3)</script>", classPage.GetElementById("section-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/", classPage.QuerySelectorAll("a").Single(a => a.TextContent == "ok").GetAttribute("href"));
        Assert.Contains(Hostile, site.Pages["index.html"].Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_whose_id_is_another_s_anchor_and_a_suffix_shares_no_id_with_it()
    {
        File.WriteAllText(Path.Combine(specs, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
        File.WriteAllText(Path.Combine(specs, "c.md"), "---\njurisdiction: t\ntitle: Clerk\ncode: C1\n---\n\n"
            + "## Duties {#duties}\n\nText.\n\n### Filing {#filing}\n\nFiles.\n\n### Filing records {#filing-records}\n\nKept.\n\n"
            + "## Duties: filing {#duties-filing}\n\nMore.\n\n### Records {#records}\n\nOf filing.\n\n"
            + "## Duties again {#duties-filing-x}\n\nText.\n\n"
            + "## Work {#work}\n\nText.\n\n### Typing {#typing}\n\nTypes.\n\n"
            + "## Work title {#work-title}\n\nText.\n");

        using var site = BuiltSite.From(specs);
        var page = site.Pages["t/classes/c1.html"];

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.True(ids.Count == ids.Distinct().Count(), string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key)));
        Assert.Equal("H3", page.GetElementById("section-duties--filing")!.TagName);
        Assert.Equal("SECTION", page.GetElementById("section-duties-filing")!.TagName);
        // "duties" then "filing-records" and "duties-filing" then "records" would both be section-duties-filing-records.
        Assert.Equal("Filing records", page.GetElementById("section-duties-filing-records")!.TextContent);
        Assert.Equal("Records", page.GetElementById("section-duties-filing--records")!.TextContent);
        // Where nothing collides, a subsection keeps the address the docs give it.
        Assert.Equal("H3", page.GetElementById("section-work-typing")!.TagName);
        Assert.Equal("SECTION", page.GetElementById("section-work-title")!.TagName);
        Assert.Equal("H2", page.GetElementById("section-work--title")!.TagName);
    }

    [Fact]
    public void Sections_titled_like_every_id_of_the_theme_take_none_of_them()
    {
        // Every literal id the theme's templates give, as a section heading and as a subsection heading.
        var ids = Directory.GetFiles(SpecSdk.Testing.TestRepository.Path("site", "theme", "templates"), "*.html", SearchOption.AllDirectories)
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(t), "id=\"([a-z-]+)\"").Select(m => m.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("main", ids);
        var body = string.Concat(ids.Select(id => $"## {id}\n\nText.\n\n### {id}\n\nMore.\n\n"));
        // The jurisdiction's boilerplate has the same sections and subsections, which class pages show with the class's.
        File.WriteAllText(Path.Combine(specs, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n\n" + body);
        File.WriteAllText(Path.Combine(specs, "c.md"), "---\njurisdiction: t\ntitle: Clerk\ncode: C1\n---\n\n" + body);

        using var site = BuiltSite.From(specs);

        foreach (var (path, page) in site.Pages)
        {
            var all = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(all.Count == all.Distinct().Count(), $"{path} repeats an id: {string.Join(", ", all.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            Assert.Equal("MAIN", page.GetElementById("main")!.TagName);
        }

        Assert.NotNull(site.Pages["t/classes/c1.html"].GetElementById("section-main"));
    }

    [Fact]
    public void Csv_cells_cannot_run_as_spreadsheet_formulas()
    {
        File.WriteAllText(Path.Combine(specs, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: T\n---\n");
        File.WriteAllText(Path.Combine(specs, "c.md"), "---\njurisdiction: t\ntitle: '=HYPERLINK(\"http://x\",\"y\")'\n---\n");

        using var site = BuiltSite.From(specs);

        var row = File.ReadAllLines(Path.Combine(site.Site, "classes.csv"))[1];
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", row, StringComparison.Ordinal);
    }
}
