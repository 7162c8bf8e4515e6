using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

public sealed class SearchSynonymTests
{
    [Fact]
    public void The_meta_file_carries_each_synonym_with_its_words_stemmed_and_its_meanings_as_the_index_holds_them()
    {
        var meta = Meta(new Synonym { Words = "lawyer", Means = new[] { "Attorneys at Law", "Counsel" } }, new Synonym { Words = "IT", Means = new[] { "information technology" } });

        var synonyms = meta.GetProperty("synonyms").EnumerateArray().ToList();
        Assert.Equal(2, synonyms.Count);
        Assert.Equal("lawyer", synonyms[0].GetProperty("words").GetString());
        Assert.Equal(new[] { "lawyer" }, Strings(synonyms[0].GetProperty("key")));
        var means = synonyms[0].GetProperty("means").EnumerateArray().ToList();
        Assert.Equal("Attorneys at Law", means[0].GetProperty("text").GetString());
        // "at" is a stop word, which no class is indexed by; "attorneys" is held as its stem.
        Assert.Equal(new[] { "attorney", "law" }, Strings(means[0].GetProperty("keys")));
        Assert.Equal(new[] { "counsel" }, Strings(means[1].GetProperty("keys")));

        // "IT" is a stop word as a query term, and stays in the synonym's words, which the query is compared with.
        Assert.Equal(new[] { "it" }, Strings(synonyms[1].GetProperty("key")));
        Assert.Equal(new[] { "inform", "technolog" }, Strings(synonyms[1].GetProperty("means")[0].GetProperty("keys")));
    }

    [Fact]
    public void Words_that_differ_only_in_their_endings_are_one_synonym_with_the_meanings_of_both()
    {
        var meta = Meta(new Synonym { Words = "lawyer", Means = new[] { "attorney" } }, new Synonym { Words = "Lawyers", Means = new[] { "counsel", "attorneys" } });

        var synonym = Assert.Single(meta.GetProperty("synonyms").EnumerateArray());
        Assert.Equal("lawyer", synonym.GetProperty("words").GetString());
        Assert.Equal(new[] { "attorney", "counsel" }, synonym.GetProperty("means").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    [Fact]
    public void Another_synonym_gives_the_index_another_version_so_no_browser_keeps_the_old_meta_file()
    {
        var none = Meta();
        var one = Meta(new Synonym { Words = "lawyer", Means = new[] { "attorney" } });
        var other = Meta(new Synonym { Words = "lawyer", Means = new[] { "counsel" } });

        Assert.Empty(none.GetProperty("synonyms").EnumerateArray());
        var versions = new[] { none, one, other }.Select(m => m.GetProperty("version").GetString()).ToList();
        Assert.Equal(3, versions.Distinct().Count());
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static JsonElement Meta(params Synonym[] synonyms)
    {
        var root = Directory.CreateTempSubdirectory("specsdk-synonyms-").FullName;
        try
        {
            var load = SpecLoader.LoadDirectory(TestRepository.Path("seeds"));
            SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = Path.Combine(root, "site"), Synonyms = synonyms });
            var script = File.ReadAllText(Path.Combine(root, "site", "search", "meta.js"));
            const string call = "specsdkSearch.meta(";
            Assert.StartsWith(call, script, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(script[call.Length..^3]);
            return json.RootElement.Clone();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
