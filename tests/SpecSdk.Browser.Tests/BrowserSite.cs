using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>The seed handbook (or a subclass's specs) served on 127.0.0.1 and a headless Debian Chromium driven by Playwright.</summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-browser-").FullName;
    private StaticServer? server;
    private IPlaywright? playwright;

    public static string Axe => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "node_modules", "axe-core", "axe.min.js");

    public static string HtmlValidate => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "node_modules", "html-validate", "bin", "html-validate.mjs");

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => Path.Combine(root, "site");

    /// <summary>Where screenshots go; CI keeps the folder as an artefact.</summary>
    public static string Screenshots => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "TestResults", "screenshots");

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// A new page whose waits give up after two minutes, not Playwright's 30 s: the suite runs beside other test
    /// projects that pack and build on the same two cores, and a wait is a bound on a failure, never a measure.
    /// </summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        return page;
    }

    /// <summary>Runs axe-core's WCAG 2.1 A/AA and best-practice rules on <paramref name="page"/>; a serious or critical violation fails the test.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string context = "")
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        var serious = await page.EvaluateAsync<string[]>("async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ' (' + v.nodes.length + ' nodes)')");
        Assert.True(serious.Length == 0, page.Url + context + ": " + string.Join(", ", serious));
    }

    public async Task InitializeAsync()
    {
        var site = Path.Combine(root, "site");
        var specs = WriteSpecs(Path.Combine(root, "specs"));
        Build(specs, site);
        server = new StaticServer(site);
        BaseUrl = server.BaseUrl;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(Chromium.Options);
    }

    /// <summary>The folder of specs to build: the seeds; a subclass writes its own into <paramref name="folder"/>.</summary>
    protected virtual string WriteSpecs(string folder) => TestRepository.Path("seeds");

    /// <summary>Builds the handbook of <paramref name="specs"/> into <paramref name="site"/>, in this process.</summary>
    protected virtual void Build(string specs, string site)
    {
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = site, SpecDirectory = specs });
    }

    /// <summary>Builds the handbook with the specsdk command, as a user does, with <paramref name="options"/> after the folders.</summary>
    protected static void BuildWithCli(string specs, string site, params string[] options)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "specsdk.dll"), "build", specs, "-o", site }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output.Result + error);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        server?.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
