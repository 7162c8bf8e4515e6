using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Playwright;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Benchmarks;

/// <summary>
/// Search in the handbook of N synthesized classes, in Chromium over loopback, as a visitor opens
/// <c>search/index.html?q=QUERY</c> with an empty cache: the benchmark times opening the page to its first results.
/// Set-up measures, once each, what that costs and prints it: the bytes transferred, the requests, the time from
/// the page's DOMContentLoaded (its scripts run) to its first result, by the page's own clock, and the JS heap. The
/// floor beside it: the same page with an empty query, which loads the page and its scripts and no index.
/// <c>dotnet run -c Release --project tests/SpecSdk.Benchmarks -- --filter '*SearchBenchmarks*'</c>; needs
/// /usr/bin/chromium.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SearchBenchmarks
{
    /// <summary>Records when the first result appears, by the page's clock, and when the page finished loading.</summary>
    private const string Watch = """
        document.addEventListener("DOMContentLoaded", () => { window.__ready = performance.now(); });
        new MutationObserver((_, observer) => {
          const list = document.getElementById("search-results");
          if (list && list.children.length > 0) { window.__first = performance.now(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    private string root = string.Empty;
    private StaticServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    /// <summary>A title query, a full-text query of two words, and none (the floor).</summary>
    [Params("coordinator", "data processing", "")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public async Task Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-search-bench-" + Classes);
        var specs = Path.Combine(root, "specs");
        SpecSynthesizer.WriteTo(specs, Classes);
        var load = SpecLoader.LoadDirectory(specs);
        if (load.HasErrors)
        {
            throw new InvalidOperationException("The synthesized specs do not read cleanly.");
        }

        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = Path.Combine(root, "site") });
        server = new StaticServer(Path.Combine(root, "site"));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(Chromium.Options);

        var runs = new List<(long Bytes, int Requests, double Milliseconds, double Heap)>();
        for (var i = 0; i < 5; i++)
        {
            runs.Add(await Measure());
        }

        var index = Directory.GetFiles(Path.Combine(root, "site", "search"), "*.js", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(
            $"// Search, {Classes:N0} classes, q=\"{Query}\": {Median(runs.Select(r => (double)r.Bytes)) / 1024:F0} kB in {Median(runs.Select(r => (double)r.Requests)):F0} requests " +
            $"(the whole index: {index / 1024.0 / 1024:F1} MB), first result {Median(runs.Select(r => r.Milliseconds)):F0} ms after DOMContentLoaded, " +
            $"JS heap {Median(runs.Select(r => r.Heap)) / 1024 / 1024:F1} MB (medians of 5)");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        server?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Benchmark]
    public async Task<int> OpenToFirstResults()
    {
        await using var context = await browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address());
        return Query.Length == 0 ? 0 : (await page.WaitForSelectorAsync("#search-results li")) is null ? 0 : 1;
    }

    private string Address() => server!.BaseUrl + "search/index.html" + (Query.Length == 0 ? string.Empty : "?q=" + Uri.EscapeDataString(Query));

    private async Task<(long Bytes, int Requests, double Milliseconds, double Heap)> Measure()
    {
        await using var context = await browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(Watch);
        var sizes = new List<Task<long>>();
        page.RequestFinished += (_, request) =>
        {
            lock (sizes)
            {
                sizes.Add(request.SizesAsync().ContinueWith(s => (long)(s.Result.ResponseBodySize + s.Result.ResponseHeadersSize)));
            }
        };
        await page.GotoAsync(Address(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (Query.Length > 0)
        {
            await page.WaitForFunctionAsync("() => window.__first !== undefined");
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var milliseconds = Query.Length == 0 ? 0 : await page.EvaluateAsync<double>("() => window.__first - window.__ready");
        var heap = await page.EvaluateAsync<double>("() => performance.memory.usedJSHeapSize");
        Task<long>[] pending;
        lock (sizes)
        {
            pending = sizes.ToArray();
        }

        return ((await Task.WhenAll(pending)).Sum(), pending.Length, milliseconds, heap);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
