using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpecSdk.Testing;

namespace SpecSdk.Browser.Tests;

/// <summary>The seed handbook built with the specsdk command, which reads the seeds' synonyms.yml as a user's build does.</summary>
public sealed class SeedCliSite : BrowserSite
{
    protected override void Build(string specs, string site) => BuildWithCli(specs, site);
}

/// <summary>Search by the words people use: the forms of a word find each other, and a synonym finds what it means.</summary>
public sealed class SearchWordsBrowserTests(SeedCliSite site) : IClassFixture<SeedCliSite>
{
    /// <summary>The page's stemmer against Snowball's vocabulary, as the build's is (StemmerTests): the two agree on every word.</summary>
    [BrowserFact]
    public async Task The_page_stems_every_word_of_snowball_s_vocabulary_as_snowball_does()
    {
        var pairs = File.ReadAllLines(TestRepository.Path("tests", "Shared", "porter2.txt")).Select(l => l.Split(' ')).ToArray();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/index.html");

        var stems = await page.EvaluateAsync<string[]>("words => words.map(w => window.specsdkSearch.stem(w))", pairs.Select(p => p[0]).ToArray());

        var wrong = pairs.Zip(stems).Where(p => p.First[1] != p.Second).Select(p => $"{p.First[0]}: {p.Second}, not {p.First[1]}").ToList();
        Assert.True(pairs.Length > 5000);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [BrowserFact]
    public async Task Supervising_finds_the_classes_that_say_supervises_or_supervision_and_marks_those_words()
    {
        var page = await site.NewPageAsync();
        var supervising = await Titles(page, "supervising");
        Assert.NotEmpty(supervising);
        Assert.DoesNotContain("supervising", File.ReadAllText(Path.Combine(site.SiteDirectory, "search", "meta.js")), StringComparison.Ordinal);

        var marked = await page.Locator("#search-results .snippet mark").AllTextContentsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.StartsWith("supervis", m.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Contains(marked, m => !m.Equals("supervising", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(supervising, await Titles(page, "supervises"));
        Assert.Equal(supervising, await Titles(page, "Supervision"));
        // The start of a stem finds the words it starts: "supervisor" is held as it is, and "supervis" finds it too.
        Assert.Superset(new System.Collections.Generic.HashSet<string>(await Titles(page, "supervisor")), new System.Collections.Generic.HashSet<string>(await Titles(page, "supervis")));

        await page.Locator("#search-results li a").First.ClickAsync();
        Assert.Equal(supervising[0], await page.TextContentAsync("h1"));
        Assert.Matches("(?i)supervis", await page.TextContentAsync("main"));
    }

    [BrowserFact]
    public async Task A_word_typed_part_way_keeps_finding_what_the_whole_word_finds()
    {
        var page = await site.NewPageAsync();
        var whole = await Titles(page, "coordinator");
        Assert.NotEmpty(whole);

        // "coordinato" stems to itself, which no stem in the index starts; it is on its way to "coordinator" (held as
        // "coordin"), and every start of the word from three letters on finds the classes the whole word finds.
        for (var length = 3; length < "coordinator".Length; length++)
        {
            var part = "coordinator"[..length];
            var found = await Titles(page, part);
            Assert.True(whole.All(found.Contains), $"'{part}' found {found.Length} classes, not all of the {whole.Length} 'coordinator' finds");
        }

        Assert.NotEmpty(await Titles(page, "supervisi"));
        // Stems much shorter than the word: "responsibility" is held as "respons".
        Assert.Equal(await Titles(page, "responsibility"), await Titles(page, "responsibilit"));
        Assert.NotEmpty(await Titles(page, "productio"));
        Assert.Contains(await page.Locator("#search-results .snippet mark").AllTextContentsAsync(), m => m.StartsWith("Production", StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task A_search_for_a_synonym_s_words_says_which_meaning_found_each_class_and_opens_it()
    {
        var page = await site.NewPageAsync();
        var titles = await Titles(page, "IT");
        Assert.NotEmpty(titles);

        var first = page.Locator("#search-results li").First;
        var because = await first.Locator(".because").TextContentAsync();
        var meaning = Assert.Single(new[] { "computer", "software", "network" }, m => because == "Synonym: \u201cIT\u201d \u2192 " + m);
        Assert.Contains(await first.Locator(".snippet mark").AllTextContentsAsync(), m => m.StartsWith(meaning, StringComparison.OrdinalIgnoreCase));
        await BrowserSite.AssertAccessibleAsync(page, " with synonym results");

        await first.Locator("a").ClickAsync();
        Assert.Equal(titles[0], await page.TextContentAsync("h1"));
        Assert.Contains(meaning, (await page.TextContentAsync("main"))!.ToLowerInvariant(), StringComparison.Ordinal);

        // The header's suggestions say it too; a synonym's other words still have to match: "IT intern" is the intern.
        await page.FocusAsync("#site-search");
        await page.Keyboard.TypeAsync("it intern");
        await page.WaitForSelectorAsync("#site-search-suggestions[aria-busy='false'] li .because");
        Assert.StartsWith("Customer Support Intern ", await page.Locator("#site-search-suggestions li a").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Synonym: \u201cIT\u201d \u2192 ", await page.Locator("#site-search-suggestions li .because").First.TextContentAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Words_a_class_has_itself_give_no_synonym_reason()
    {
        var page = await site.NewPageAsync();
        var titles = await Titles(page, "help desk");

        // Customer Support Coordinator I says "help desk" in its text: found by the words typed, it needs no reason.
        Assert.Contains("Customer Support Coordinator I", titles);
        var item = page.Locator("#search-results li", new PageLocatorOptions { Has = page.Locator("a", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^Customer Support Coordinator I$") }) });
        Assert.Equal(0, await item.Locator(".because").CountAsync());
        // Others are found by a meaning, and say so.
        Assert.Contains((await page.Locator("#search-results .because").AllTextContentsAsync()), b => b == "Synonym: \u201chelp desk\u201d \u2192 customer support");
    }

    /// <summary>The titles of the results of <paramref name="query"/> on the search page, in order.</summary>
    private async Task<string[]> Titles(IPage page, string query)
    {
        await page.GotoAsync(site.BaseUrl + "search/index.html?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => /match/.test(document.getElementById('search-status').textContent)");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').children.length === Math.min(20, parseInt(document.getElementById('search-status').textContent.replace(/,/g, '')) || 0)");
        return (await page.Locator("#search-results li > a").AllTextContentsAsync()).ToArray();
    }
}
