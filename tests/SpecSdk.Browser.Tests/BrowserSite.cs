using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>The seed handbook (or a subclass's specs) served on 127.0.0.1 and a headless Debian Chromium driven by Playwright.</summary>
public class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string root = Directory.CreateTempSubdirectory("specsdk-browser-").FullName;
    private readonly CancellationTokenSource stop = new();
    private HttpListener? listener;
    private IPlaywright? playwright;

    public static string Axe => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "node_modules", "axe-core", "axe.min.js");

    public static string HtmlValidate => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "node_modules", "html-validate", "bin", "html-validate.mjs");

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => Path.Combine(root, "site");

    /// <summary>Where screenshots go; CI keeps the folder as an artefact.</summary>
    public static string Screenshots => TestRepository.Path("tests", "SpecSdk.Browser.Tests", "TestResults", "screenshots");

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var site = Path.Combine(root, "site");
        var specs = WriteSpecs(Path.Combine(root, "specs"));
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = site, SpecDirectory = specs });
        var port = ServeProcess.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener = new HttpListener();
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        _ = Task.Run(() => Serve(site));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
        });
    }

    /// <summary>The folder of specs to build: the seeds; a subclass writes its own into <paramref name="folder"/>.</summary>
    protected virtual string WriteSpecs(string folder) => TestRepository.Path("seeds");

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        stop.Cancel();
        listener?.Close();
        Directory.Delete(root, recursive: true);
    }

    /// <summary>A static file server for the test's own pages, on loopback only, until the fixture stops.</summary>
    private async Task Serve(string site)
    {
        while (!stop.IsCancellationRequested && listener!.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(site, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
            var found = file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = Path.GetExtension(found ? file : "x.html") switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css",
                ".js" => "text/javascript",
                ".json" => "application/json",
                _ => "text/plain; charset=utf-8",
            };
            var bytes = await File.ReadAllBytesAsync(found ? file : Path.Combine(site, "404.html"));
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
