using System;
using System.IO;
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
