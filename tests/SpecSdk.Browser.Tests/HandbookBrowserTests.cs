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
        "changes/index.html",
        "compare.html?a=co/classes/g2c2tx&b=co/classes/g2c3xx",
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
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html");
        await page.FillAsync("#site-search", "production");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li");

        var results = await page.Locator("#search-results li a").AllTextContentsAsync();

        // Titles weigh most: the two classes named "Production ..." come first, then classes whose text mentions it.
        Assert.Equal(new[] { "Production Coordinator", "Production Specialist II" }, results.Take(2).Order());
        Assert.Equal($"{results.Count} job classes match \u201cproduction\u201d.", await page.TextContentAsync("#search-status"));
    }

    [BrowserFact]
    public async Task Every_search_result_opens_the_class_it_names()
    {
        // From a page two folders deep, through the header's search form, as a visitor would.
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "co/series/customer-support-coordinator.html");
        await page.FillAsync("#site-search", "coordinator");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");

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
            await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");
        }
    }

    [BrowserFact]
    public async Task Search_works_in_a_page_opened_from_disk_and_its_results_open()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteDirectory, "search", "index.html")).AbsoluteUri + "?q=production");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");

        var first = page.Locator("#search-results li a").First;
        var title = await first.TextContentAsync();

        // Waiting for the address to leave the search page, not for a load state, which a click on a file:// link
        // may fire before the wait begins.
        await first.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/search/", StringComparison.Ordinal));

        Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
        Assert.EndsWith(".html", page.Url, StringComparison.Ordinal);
        Assert.Equal(title, await page.TextContentAsync("h1"));
    }

    [BrowserFact]
    public async Task Results_show_a_snippet_with_the_matched_words_marked()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=jobstreams");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li");

        Assert.Equal(new[] { "Production Specialist II" }, await page.Locator("#search-results li a").AllTextContentsAsync());
        Assert.Equal("1 job class matches \u201cjobstreams\u201d.", await page.TextContentAsync("#search-status"));
        Assert.Equal(new[] { "jobstreams" }, await page.Locator("#search-results li .snippet mark").AllTextContentsAsync());
        Assert.Contains("Modifies jobstreams to improve throughput", await page.TextContentAsync("#search-results li .snippet"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_code_and_the_start_of_a_code_find_the_class()
    {
        var page = await site.NewPageAsync();
        foreach (var query in new[] { "73070V000101", "73070v", "g2c3" })
        {
            await page.GotoAsync(site.BaseUrl + "search/index.html?q=" + query);
            await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li");
            var first = await page.Locator("#search-results li a").First.TextContentAsync();
            Assert.Equal(query.StartsWith('g') ? "Customer Support Coordinator II" : "Production Coordinator", first);
        }
    }

    [BrowserFact]
    public async Task Filtering_by_jurisdiction_keeps_only_its_classes_and_the_address_can_carry_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=coordinator");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li");
        var all = await page.Locator("#search-results li .meta").AllTextContentsAsync();
        Assert.Contains(all, m => m.Contains("Commonwealth of Kentucky", StringComparison.Ordinal));

        await page.ClickAsync("#search-filters summary");
        await page.WaitForSelectorAsync("#filter-jurisdiction option:has-text('State of Colorado')", new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#filter-jurisdiction", new SelectOptionValue { Label = "State of Colorado" });
        // Colorado's three coordinator levels; its intern's text does not say "coordinator".
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('3 ')");
        var colorado = await page.Locator("#search-results li .meta").AllTextContentsAsync();
        Assert.Equal(3, colorado.Count);
        Assert.All(colorado, m => Assert.EndsWith("State of Colorado", m, StringComparison.Ordinal));

        // The series filter by address, as a link from elsewhere would give it: every class says "support", the
        // series has four.
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=support&series=0");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('4 ')");
        Assert.True(await page.Locator("#search-filters").GetAttributeAsync("open") is not null);
    }

    [BrowserFact]
    public async Task The_header_box_suggests_classes_as_you_type_and_the_arrow_keys_open_one()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "ky/grades/salary-grades/14.html");
        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("produc");
        await page.WaitForSelectorAsync("#site-search-suggestions[aria-busy='false'] li a");
        var suggestions = await page.Locator("#site-search-suggestions li a").AllTextContentsAsync();
        Assert.StartsWith("Production", suggestions[0], StringComparison.Ordinal);
        Assert.StartsWith("All ", suggestions[^1], StringComparison.Ordinal);

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.firstChild.textContent");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();

        Assert.Equal(second, await page.TextContentAsync("h1"));
        Assert.StartsWith("Production", second, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Results_from_the_keyboard_on_the_search_page()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html");
        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("production");
        await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li a");
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();

        Assert.Equal(first, await page.TextContentAsync("h1"));
    }

    [BrowserFact]
    public async Task Home_to_a_class_to_its_series()
    {
        var page = await site.NewPageAsync();
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
        var page = await site.NewPageAsync();
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
            var page = await site.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            foreach (var path in PageTypes)
            {
                await page.GotoAsync(site.BaseUrl + path);
                await BrowserSite.AssertAccessibleAsync(page, $" ({scheme})");
            }
        }
    }

    [BrowserFact]
    public async Task Screenshots_at_390_and_1280_pixels_show_no_horizontal_scroll()
    {
        Directory.CreateDirectory(BrowserSite.Screenshots);
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await site.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
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
