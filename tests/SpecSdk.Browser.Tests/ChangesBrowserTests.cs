using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>
/// The seed specs in a git repository, committed and then one class retitled, built by the specsdk command as a
/// user builds: What changed lists the commit, and its link leads to the class under its new title.
/// </summary>
public sealed class ChangesSite : BrowserSite
{
    protected override string WriteSpecs(string folder)
    {
        var repository = new GitFolder(folder);
        TestRepository.CopySeeds(repository.Path("specs"));
        repository.Commit("Add the seed specs", "2024-01-10T09:00:00+00:00");
        var spec = repository.Path("specs/kentucky/production-coordinator.md");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("\ntitle: Production Coordinator\n", "\ntitle: Production Coordinator Lead\n", System.StringComparison.Ordinal));
        repository.Commit("Retitle the production coordinator", "2024-02-10T09:00:00+00:00");
        return repository.Path("specs");
    }

    protected override void Build(string specs, string site) => BuildWithCli(specs, site, "--base-url", "https://jobs.example.gov/", "--repo-url", "https://github.com/example-gov/job-specs");
}

public sealed class ChangesBrowserTests(ChangesSite site) : IClassFixture<ChangesSite>
{
    [BrowserFact]
    public async Task What_changed_opens_the_retitled_class_from_the_footer_and_names_its_old_title()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "co/series/customer-support-coordinator.html");
        await page.ClickAsync("footer >> text=What changed");
        Assert.Equal("What changed", await page.TextContentAsync("h1"));

        var first = page.Locator("ol.changes > li").First;
        Assert.Equal("Retitled", await first.Locator(".change-kind").TextContentAsync());
        Assert.Equal("Retitled from Production Coordinator. Retitle the production coordinator View the commit", await first.Locator(".change-text").TextContentAsync());
        await first.Locator(".change-head > a").ClickAsync();

        Assert.Equal("Production Coordinator Lead", await page.TextContentAsync("h1"));
        Assert.EndsWith("/ky/classes/73070v000101.html", page.Url, System.StringComparison.Ordinal);
        var kinds = await page.Locator("section[aria-labelledby=commits] .change-kind").AllTextContentsAsync();
        Assert.Equal(new[] { "Retitled", "Added" }, kinds);
    }

    [BrowserFact]
    public async Task What_changed_and_a_class_with_commits_have_no_serious_accessibility_violation()
    {
        var page = await site.NewPageAsync();
        foreach (var path in new[] { "changes/index.html", "ky/classes/73070v000101.html" })
        {
            await page.GotoAsync(site.BaseUrl + path);
            await BrowserSite.AssertAccessibleAsync(page);
        }
    }
}
