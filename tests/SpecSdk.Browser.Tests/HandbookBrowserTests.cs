using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace SpecSdk.Browser.Tests;

/// <summary>The seed handbook in a real browser: search, navigation, accessibility, screenshots.</summary>
public sealed class HandbookBrowserTests : IClassFixture<BrowserSite>
{
    private static readonly string[] PageTypes =
    {
        "index.html",
        "ky/index.html",
        "ky/classes/73070v000101.html",
        "ky/grades/salary-grades/14.html",
        "ky/pay-plans/salary-grades.html",
        "co/series/customer-support-coordinator.html",
        "search/index.html?q=production",
        "no/such/page.html",
    };

    private readonly BrowserSite site;

    public HandbookBrowserTests(BrowserSite site)
    {
        this.site = site;
    }

    [BrowserFact]
    public void Every_page_is_valid_html()
    {
        var pages = Directory.GetFiles(site.SiteDirectory, "*.html", SearchOption.AllDirectories);
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(BrowserSite.HtmlValidate);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(SpecSdk.Testing.TestRepository.Path("tests", "SpecSdk.Browser.Tests", ".htmlvalidate.json"));
        foreach (var page in pages)
        {
            start.ArgumentList.Add(page);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(pages.Length >= 17);
        Assert.True(process.ExitCode == 0, report);
    }

    [BrowserFact]
    public async Task Typing_production_in_search_finds_both_kentucky_classes()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html");
        await page.FillAsync("#site-search", "production");
        await page.WaitForSelectorAsync("#search-results li");

        var results = await page.Locator("#search-results li a").AllTextContentsAsync();

        // Titles weigh most: the two classes named "Production ..." come first, then classes whose text mentions it.
        Assert.Equal(new[] { "Production Coordinator", "Production Specialist II" }, results.Take(2).Order());
        Assert.Equal($"{results.Count} job classes match \u201cproduction\u201d.", await page.TextContentAsync("#search-status"));
    }

    [BrowserFact]
    public async Task Every_search_result_opens_the_class_it_names()
    {
        // From a page two folders deep, through the header's search form, as a visitor would.
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "co/series/customer-support-coordinator.html");
        await page.FillAsync("#site-search", "coordinator");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForSelectorAsync("#search-results li a");

        var links = page.Locator("#search-results li a");
        var titles = await links.AllTextContentsAsync();
        Assert.True(titles.Count >= 3, string.Join(", ", titles));
        for (var i = 0; i < titles.Count; i++)
        {
            var response = await page.RunAndWaitForResponseAsync(() => links.Nth(i).ClickAsync(), r => r.Request.IsNavigationRequest);
            Assert.Equal(200, response.Status);
            await page.WaitForLoadStateAsync();
            Assert.Equal(titles[i], await page.TextContentAsync("h1"));
            await page.GoBackAsync();
            await page.WaitForSelectorAsync("#search-results li a");
        }
    }

    [BrowserFact]
    public async Task Search_works_in_a_page_opened_from_disk_and_its_results_open()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteDirectory, "search", "index.html")).AbsoluteUri + "?q=production");
        await page.WaitForSelectorAsync("#search-results li a");

        var first = page.Locator("#search-results li a").First;
        var title = await first.TextContentAsync();
        await first.ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
        Assert.EndsWith(".html", page.Url, StringComparison.Ordinal);
        Assert.Equal(title, await page.TextContentAsync("h1"));
    }

    [BrowserFact]
    public async Task Home_to_a_class_to_its_series()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl);
        await page.ClickAsync("text=State of Colorado");
        await page.ClickAsync("text=Customer Support Coordinator II");
        Assert.Equal("Customer Support Coordinator II", await page.TextContentAsync("h1"));

        await page.ClickAsync("nav.levels >> text=Customer Support Coordinator");

        Assert.Equal("Customer Support Coordinator", await page.TextContentAsync("h1"));
        Assert.EndsWith("/co/series/customer-support-coordinator.html", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_sortable_table_sorts_by_title()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "co/index.html");
        await page.ClickAsync("table.sortable th >> text=Title");
        var ascending = await page.Locator("table.sortable tbody tr td:first-child").AllTextContentsAsync();
        await page.ClickAsync("table.sortable th >> text=Title");
        var descending = await page.Locator("table.sortable tbody tr td:first-child").AllTextContentsAsync();

        Assert.Equal(ascending.Order(StringComparer.OrdinalIgnoreCase), ascending);
        Assert.Equal(ascending.Reverse(), descending);
    }

    [BrowserFact]
    public async Task No_page_type_has_a_serious_or_critical_accessibility_violation()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            foreach (var path in PageTypes)
            {
                await page.GotoAsync(site.BaseUrl + path);
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserSite.Axe });
                var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))");
                var serious = json.EnumerateArray()
                    .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                    .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("nodes").GetInt32()} nodes)")
                    .ToList();
                Assert.True(serious.Count == 0, $"{path} ({scheme}): {string.Join(", ", serious)}");
            }
        }
    }

    [BrowserFact]
    public async Task Screenshots_at_390_and_1280_pixels_show_no_horizontal_scroll()
    {
        Directory.CreateDirectory(BrowserSite.Screenshots);
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            foreach (var path in PageTypes)
            {
                await page.GotoAsync(site.BaseUrl + path);
                var name = path.Split('?')[0].Replace("/index.html", string.Empty).Replace('/', '_').Replace(".html", string.Empty).TrimEnd('_');
                var file = Path.Combine(BrowserSite.Screenshots, $"{(name.Length == 0 ? "root" : name)}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, file);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px");
            }
        }
    }
}
