using System.IO;
using System.Threading.Tasks;

namespace SpecSdk.Browser.Tests;

/// <summary>
/// A handbook whose class is titled and written with accents, as many employers' are, built by the specsdk command
/// itself: it runs with invariant globalization, where string.Normalize does nothing, and search must fold anyway.
/// </summary>
public sealed class AccentSite : BrowserSite
{
    protected override void Build(string specs, string site) => BuildWithCli(specs, site, "--base-url", "/");

    protected override string WriteSpecs(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "jurisdiction.md"), "---\nkind: jurisdiction\nkey: qc\nname: Ville de Québec\n---\n");
        File.WriteAllText(Path.Combine(folder, "cafe.md"), "---\njurisdiction: qc\ntitle: Café Résumé Coordinator\ncode: CRC-1\n---\n\n## Duties {#duties}\n\n- Keeps every employee's résumé on file and runs the café.\n");
        return folder;
    }
}

/// <summary>The page folds a query as the build folds the index: with or without accents, in any case, it finds the class.</summary>
public sealed class AccentBrowserTests(AccentSite site) : IClassFixture<AccentSite>
{
    [BrowserFact]
    public async Task A_query_with_or_without_accents_finds_the_class()
    {
        var page = await site.NewPageAsync();
        foreach (var (query, marked) in new[] { ("resume", "résumé"), ("RÉSUMÉ", "résumé"), ("cafe", "café"), ("Café", "café") })
        {
            await page.GotoAsync(site.BaseUrl + "search/index.html?q=" + System.Uri.EscapeDataString(query));
            await page.WaitForSelectorAsync("#search-results[aria-busy='false'] li");

            Assert.Equal("Café Résumé Coordinator", await page.Locator("#search-results li a").First.TextContentAsync());
            Assert.Contains(marked, await page.Locator("#search-results li .snippet mark").AllTextContentsAsync());
        }
    }
}
