using System;
using System.IO;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

public sealed class StemmerTests
{
    /// <summary>
    /// Every word of a sample of Snowball's own English vocabulary (tests/Shared/porter2.txt: every eighth word of
    /// snowball-data's english/voc.txt and output.txt, and every word of its exceptions) gets Snowball's stem.
    /// </summary>
    [Fact]
    public void Every_word_of_snowball_s_vocabulary_gets_snowball_s_stem()
    {
        var pairs = File.ReadAllLines(TestRepository.Path("tests", "Shared", "porter2.txt")).Select(l => l.Split(' ')).ToList();
        Assert.True(pairs.Count > 5000);
        var wrong = pairs.Where(p => Stemmer.Stem(p[0]) != p[1]).Select(p => $"{p[0]}: {Stemmer.Stem(p[0])}, not {p[1]}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [Theory]
    [InlineData("supervises", "supervis")]
    [InlineData("supervised", "supervis")]
    [InlineData("supervising", "supervis")]
    [InlineData("supervision", "supervis")]
    [InlineData("coordinates", "coordin")]
    [InlineData("coordinator", "coordin")]
    [InlineData("attorneys", "attorney")]
    public void The_forms_of_a_word_share_its_stem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("73070v000101")]
    [InlineData("g2c3xx")]
    [InlineData("économie")]
    [InlineData("διοίκηση")]
    [InlineData("is")]
    public void A_word_not_all_letters_a_to_z_or_of_two_letters_stays_as_it_is(string word) => Assert.Equal(word, Stemmer.Stem(word));
}
