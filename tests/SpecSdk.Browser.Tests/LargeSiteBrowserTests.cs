using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Synthesis;

namespace SpecSdk.Browser.Tests;

/// <summary>The handbook of 2,000 synthesized classes (two jurisdictions), each with its own text.</summary>
public sealed class LargeSite : BrowserSite
{
    public const int Classes = 2000;

    protected override string WriteSpecs(string folder)
    {
        SpecSynthesizer.WriteTo(folder, Classes);
        return folder;
    }
}

/// <summary>Search on a site the size of a county's catalog: results open their class, and a query loads a part of the index.</summary>
public sealed class LargeSiteBrowserTests(LargeSite site) : IClassFixture<LargeSite>
{
    [BrowserFact]
    public async Task The_first_results_of_a_title_search_open_the_classes_they_name()
    {
        var page = await site.NewPageAsync();
        var bytes = Count(page);
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=coordinator");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");
        var loaded = bytes.Sum();

        var links = page.Locator("#search-results li a");
        var titles = await links.AllTextContentsAsync();
        Assert.Equal(20, titles.Count);
        Assert.All(titles.Take(5), t => Assert.Contains("Coordinator", t, StringComparison.Ordinal));
        for (var i = 0; i < 5; i++)
        {
            await links.Nth(i).ClickAsync();
            await page.WaitForLoadStateAsync();
            Assert.Equal(titles[i], await page.TextContentAsync("h1"));
            await page.GoBackAsync();
            await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");
        }

        // The whole index of 2,000 classes is megabytes; the query loaded the page, its scripts and a few chunks.
        var index = System.IO.Directory.GetFiles(System.IO.Path.Combine(site.SiteDirectory, "search"), "*.js", System.IO.SearchOption.AllDirectories).Sum(f => new System.IO.FileInfo(f).Length);
        Assert.True(loaded < index / 10, $"the query loaded {loaded} bytes of a {index}-byte index");
    }

    [BrowserFact]
    public async Task The_pay_plan_s_version_switch_opens_last_year_s_schedule_and_back()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "j0/index.html");
        await page.ClickAsync("text=Main Salary Schedule");
        Assert.Equal("Main Salary Schedule, FY 2025-26", await page.TextContentAsync("h1"));
        Assert.Equal("$10.686", await page.TextContentAsync("tbody tr:first-child td:nth-child(2)"));

        await page.ClickAsync("nav.versions >> text=Effective July 1, 2024");
        Assert.Equal("2024-07-01", await page.GetAttributeAsync(".lead time:first-of-type", "datetime"));
        Assert.Equal("$10.375", await page.TextContentAsync("tbody tr:first-child td:nth-child(2)"));
        await BrowserSite.AssertAccessibleAsync(page);

        await page.ClickAsync("nav.versions >> text=FY 2025-26");
        Assert.Equal("Main Salary Schedule, FY 2025-26", await page.TextContentAsync("h1"));
    }

    [BrowserFact]
    public async Task An_abolished_class_found_in_its_jurisdiction_s_table_leads_to_its_successor()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "j0/index.html");
        await page.ClickAsync("tr:has(.tag:text-is('abolished')) >> text=Production Specialist II 7");
        Assert.Equal("Production Specialist II 7", await page.TextContentAsync("h1"));
        Assert.StartsWith("Abolished on July 1, 2024", await page.TextContentAsync(".notice"), StringComparison.Ordinal);
        await BrowserSite.AssertAccessibleAsync(page);

        await page.ClickAsync(".notice a");
        Assert.Equal("Production Specialist II 6", await page.TextContentAsync("h1"));
        Assert.Null(await page.QuerySelectorAsync(".notice"));
    }

    [BrowserFact]
    public async Task A_search_by_an_alternate_title_says_so_and_opens_the_class_known_by_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=former");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");

        var first = page.Locator("#search-results li").First;
        var because = await first.Locator(".because").TextContentAsync();
        Assert.Matches("^Alternate title: Former Title [0-9]+$", because);
        Assert.Equal("Former", await first.Locator(".because mark").TextContentAsync());
        var title = await first.Locator("a").TextContentAsync();
        Assert.DoesNotContain("Former", title, StringComparison.Ordinal);

        await first.Locator("a").ClickAsync();
        Assert.Equal(title, await page.TextContentAsync("h1"));
        Assert.Contains(because!["Alternate title: ".Length..], await page.TextContentAsync("dl.facts"), StringComparison.Ordinal);

        // The header's suggestions say it too.
        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("former");
        await page.WaitForSelectorAsync("#site-search-suggestions[aria-busy='false'] li .because");
        Assert.StartsWith("Alternate title: Former Title", await page.Locator("#site-search-suggestions li .because").First.TextContentAsync(), StringComparison.Ordinal);

        // A query the title answers gives no reason: "production" is in the titles of the classes it finds first.
        await page.FillAsync("#site-search", string.Empty);
        await page.Keyboard.TypeAsync("production former");
        await page.WaitForSelectorAsync("#site-search-suggestions[aria-busy='false'] li .because");
        await page.FillAsync("#site-search", string.Empty);
        await page.Keyboard.TypeAsync("production");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-suggestions li a').length > 1 && document.querySelectorAll('#site-search-suggestions li .because').length === 0");
    }

    [BrowserFact]
    public async Task Show_more_adds_the_next_results_and_none_twice()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=duties");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");
        await page.ClickAsync("#search-more");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results li').length === 40");

        var urls = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(urls.Length, urls.Distinct().Count());
    }

    private static List<long> Count(IPage page)
    {
        var bytes = new List<long>();
        page.Response += async (_, response) =>
        {
            var body = await response.BodyAsync();
            lock (bytes)
            {
                bytes.Add(body.Length);
            }
        };
        return bytes;
    }
}
