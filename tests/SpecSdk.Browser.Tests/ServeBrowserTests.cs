using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>
/// specsdk serve with a page open in Chromium: saving a spec reloads the open page by itself, and an error in the
/// spec replaces the page with the diagnostic until it is fixed.
/// </summary>
public sealed class ServeBrowserTests : IClassFixture<BrowserSite>, IDisposable
{
    private readonly BrowserSite site;
    private readonly string specs = Directory.CreateTempSubdirectory("specsdk-serve-browser-").FullName;

    public ServeBrowserTests(BrowserSite site)
    {
        this.site = site;
        TestRepository.CopySeeds(specs);
    }

    public void Dispose() => Directory.Delete(specs, recursive: true);

    [BrowserFact]
    public async Task Saving_a_spec_reloads_the_open_page()
    {
        using var server = await ServeProcess.Start(specs);
        var page = await site.NewPageAsync();
        await page.GotoAsync(server.Address + "ky/classes/73070v000101.html");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Production Coordinator");
        // The page is listening once the events stream has said which version it shows.
        await page.WaitForSelectorAsync("html[data-specsdk-version]", new() { State = WaitForSelectorState.Attached });

        var spec = Path.Combine(specs, "kentucky", "production-coordinator.md");
        var text = await File.ReadAllTextAsync(spec);
        await File.WriteAllTextAsync(spec, text.Replace("title: Production Coordinator", "title: Production Coordinator Lead", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Production Coordinator Lead", new() { Timeout = 30_000 });

        await File.WriteAllTextAsync(spec, text.Replace("established: 1993-07-01", "established: 1993-13-01", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The handbook cannot be built", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("li").First).ToContainTextAsync("error SPEC010");

        await File.WriteAllTextAsync(spec, text);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Production Coordinator", new() { Timeout = 30_000 });
    }
}
