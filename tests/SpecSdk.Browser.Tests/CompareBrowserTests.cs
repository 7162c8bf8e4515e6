using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace SpecSdk.Browser.Tests;

/// <summary>The compare page of the seed handbook: reached from a class, two classes side by side, the words that differ marked.</summary>
public sealed class CompareBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task Compare_with_from_customer_support_coordinator_i_marks_what_level_ii_says_otherwise()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "co/classes/g2c2tx.html");
        await page.ClickAsync("text=Compare with…");
        await Assertions.Expect(page.Locator("#compare-heading")).ToHaveTextAsync("Compare Customer Support Coordinator I with…");
        await page.ClickAsync("#compare-levels >> text=Customer Support Coordinator II");
        await page.WaitForSelectorAsync("table.compare-classes");

        Assert.Equal(new[] { "Customer Support Coordinator I", "Customer Support Coordinator II" }, await page.Locator("table.compare-classes thead th a").AllTextContentsAsync());
        Assert.Matches("^[0-9]+ sections? differs? of [0-9]+\\.$", await page.TextContentAsync("#compare-status"));

        // The series level: only the number differs, and only it is marked.
        var level = page.Locator("table.compare-classes tr", new() { Has = page.Locator("th:text-is('Class series')") });
        Assert.Equal("2", await level.Locator("td:nth-of-type(1) del").TextContentAsync());
        Assert.Equal("3", await level.Locator("td:nth-of-type(2) ins").TextContentAsync());

        // The concept: level I is the fully-operational coordinator, level II the second-level one; what they share is not marked.
        var concept = page.Locator("table.compare-classes tr", new() { Has = page.Locator("th:text-is('Concept of Class')") });
        var removed = string.Join(" ", await concept.Locator("td:nth-of-type(1) del").AllTextContentsAsync());
        var added = string.Join(" ", await concept.Locator("td:nth-of-type(2) ins").AllTextContentsAsync());
        Assert.Contains("fully-operational", removed, StringComparison.Ordinal);
        Assert.Contains("second-level", added, StringComparison.Ordinal);
        Assert.DoesNotContain("processing", added, StringComparison.Ordinal);
        Assert.Contains("in a data processing environment", await concept.Locator("td:nth-of-type(2)").TextContentAsync(), StringComparison.Ordinal);
        await BrowserSite.AssertAccessibleAsync(page, " comparing two classes");

        // Each heading opens its class.
        await page.ClickAsync("table.compare-classes thead th:nth-of-type(2) a");
        Assert.Equal("Customer Support Coordinator II", await page.TextContentAsync("h1"));
    }

    [BrowserFact]
    public async Task A_class_of_another_jurisdiction_is_found_in_the_picker_and_compared()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "ky/classes/73070v000101.html");
        await page.ClickAsync("text=Compare with…");
        await page.FillAsync("#compare-search", "business systems");
        await page.ClickAsync("#compare-choices >> text=Business Systems Coordinator");
        await page.WaitForSelectorAsync("table.compare-classes");

        Assert.Equal(new[] { "Production Coordinator", "Business Systems Coordinator" }, await page.Locator("table.compare-classes thead th a").AllTextContentsAsync());
        var jurisdictions = await page.Locator("table.compare-classes thead th .meta").AllTextContentsAsync();
        Assert.EndsWith("Commonwealth of Kentucky", jurisdictions[0], StringComparison.Ordinal);
        Assert.Contains("Judicial Council", jurisdictions[1], StringComparison.Ordinal);
        // A section one class has and the other lacks says so.
        Assert.True(await page.Locator("table.compare-classes td.none").CountAsync() > 0);
        // The data of the two classes was loaded, and of no other.
        var loaded = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/compare/'))");
        Assert.Equal(2, loaded.Length);
    }

    [BrowserFact]
    public async Task Two_long_sections_that_differ_in_three_words_have_only_those_marked()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "compare.html");
        var words = Enumerable.Range(0, 5000).Select(i => "word" + (i % 997)).ToArray();
        var other = (string[])words.Clone();
        other[0] = "changed";
        other[2500] = "middle";
        other[4999] = "end";

        var marked = await page.EvaluateAsync<int[][]>(
            "([a, b]) => { const d = window.specsdkCompare.diff(a, b); return [d.a.map((w, i) => w[1] ? -1 : i).filter(i => i >= 0), d.b.map((w, i) => w[1] ? -1 : i).filter(i => i >= 0)]; }",
            new[] { string.Join(' ', words), string.Join(' ', other) });

        Assert.Equal(new[] { 0, 2500, 4999 }, marked[0]);
        Assert.Equal(new[] { 0, 2500, 4999 }, marked[1]);
    }

    [BrowserFact]
    public async Task The_compare_page_works_opened_from_disk_and_says_so_for_an_address_that_names_no_class()
    {
        var page = await site.NewPageAsync();
        var file = new Uri(Path.Combine(site.SiteDirectory, "compare.html")).AbsoluteUri;
        await page.GotoAsync(file + "?a=co/classes/g2c3xx&b=co/classes/g2c4xx");
        await page.WaitForSelectorAsync("table.compare-classes");
        Assert.Equal(new[] { "Customer Support Coordinator II", "Customer Support Coordinator III" }, await page.Locator("table.compare-classes thead th a").AllTextContentsAsync());

        await page.GotoAsync(site.BaseUrl + "compare.html?a=co/classes/g2c3xx&b=../../search/meta");
        await Assertions.Expect(page.Locator("#compare-status")).ToHaveTextAsync("The handbook has no class at this address: ../../search/meta. Find the classes below.");
        await Assertions.Expect(page.Locator("#compare-heading")).ToHaveTextAsync("Compare Customer Support Coordinator II with…");
        Assert.Equal(0, await page.Locator("table.compare-classes").CountAsync());
    }
}
