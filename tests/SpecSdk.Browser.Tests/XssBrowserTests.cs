using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Synthesis;

namespace SpecSdk.Browser.Tests;

/// <summary>The handbook of the XSS corpus: every payload in every text field.</summary>
public sealed class XssSite : BrowserSite
{
    protected override string WriteSpecs(string folder)
    {
        XssCorpus.WriteTo(folder);
        return folder;
    }
}

/// <summary>
/// No payload of the XSS corpus runs: every page of its handbook is opened in Chromium, and every class is searched
/// for by its title, with the results shown. A payload that runs calls <c>__xss</c> or opens a dialog; both are
/// recorded and fail the test.
/// </summary>
public sealed class XssBrowserTests(XssSite site) : IClassFixture<XssSite>
{
    [BrowserFact]
    public async Task No_payload_runs_on_any_page()
    {
        var pages = Directory.GetFiles(site.SiteDirectory, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.SiteDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var (page, ran) = await Open();

        foreach (var path in pages)
        {
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.HoverAsync("h1");
        }

        Assert.True(pages.Count > 40, $"only {pages.Count} pages");
        Assert.True(ran.Count == 0, "payloads ran: " + string.Join(", ", ran));
        Assert.Contains(pages, p => p.StartsWith("xss/classes/", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task No_payload_runs_in_search_results()
    {
        var (page, ran) = await Open();
        await page.GotoAsync(site.BaseUrl + "search/index.html");
        foreach (var query in Enumerable.Range(0, XssCorpus.Payloads.Count).Select(n => "Payload " + n).Append("script onerror javascript"))
        {
            await page.FillAsync("#site-search", query);
            await page.WaitForFunctionAsync("q => document.querySelector('#search-status').textContent.includes(q) && document.querySelector('#search-results li')", query);
        }

        Assert.True(ran.Count == 0, "payloads ran: " + string.Join(", ", ran));
    }

    /// <summary>A page whose <c>__xss</c> and dialogs record what ran.</summary>
    private async Task<(IPage Page, List<string> Ran)> Open()
    {
        var ran = new List<string>();
        var page = await site.NewPageAsync();
        await page.ExposeFunctionAsync("__xss", (int number) => { lock (ran) { ran.Add($"__xss({number}) on {page.Url}"); } });
        page.Dialog += async (_, dialog) =>
        {
            lock (ran)
            {
                ran.Add($"dialog '{dialog.Message}' on {page.Url}");
            }

            await dialog.DismissAsync();
        };
        return (page, ran);
    }
}
