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
        await page.WaitForSelectorAsync("#search-results li a");
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
            await page.WaitForSelectorAsync("#search-results li a");
        }

        // The whole index of 2,000 classes is megabytes; the query loaded the page, its scripts and a few chunks.
        var index = System.IO.Directory.GetFiles(System.IO.Path.Combine(site.SiteDirectory, "search"), "*.js", System.IO.SearchOption.AllDirectories).Sum(f => new System.IO.FileInfo(f).Length);
        Assert.True(loaded < index / 10, $"the query loaded {loaded} bytes of a {index}-byte index");
    }

    [BrowserFact]
    public async Task Show_more_adds_the_next_results_and_none_twice()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=duties");
        await page.WaitForSelectorAsync("#search-results li a");
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
