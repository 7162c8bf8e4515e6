using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace SpecSdk.Site.Tests;

public class FormattingTests
{
    [Theory]
    [InlineData("Café Coördinator II", "cafe|coordinator|ii")]
    [InlineData("G2C3XX (A2740-A2741)", "g2c3xx|a2740|a2741")]
    [InlineData("ﬁle Ｆｕｌｌ", "file|full")]
    [InlineData("Résumé ΟΔΟΣ", "resume|οδοσ")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("e\u0301te\u0301 ab\U00020000cd", "ete|ab\U00020000cd")]
    [InlineData("<script>alert(1)</script>", "script|alert|1|script")]
    [InlineData("", "")]
    public void Search_terms_are_folded_runs_of_letters_and_digits(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", SearchIndex.Terms(text)));

    [Fact]
    public void Search_terms_of_any_text_are_its_code_points_runs_of_letters_and_digits()
    {
        // The definition, code point by code point: lower case, marks dropped, folded, split at anything else.
        static List<string> Definition(string text)
        {
            var terms = new List<string>();
            var run = new StringBuilder();
            foreach (var rune in text.EnumerateRunes().Select(Rune.ToLowerInvariant).Append(new Rune(' ')))
            {
                if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (Rune.IsLetterOrDigit(rune))
                {
                    run.Append(rune.IsBmp && Specs.Reading.Text.TryFold((char)rune.Value, out var folded) ? folded : rune.ToString());
                    continue;
                }

                if (run.Length is > 0 and <= 40)
                {
                    terms.Add(run.ToString());
                }

                run.Clear();
            }

            return terms;
        }

        Gen.String[Gen.Char["aZ09 -.,éÉe\u0301ﬁΟΔΣςİ１ａ\ud840\udc00\ud800\udfff_"], 0, 60].Sample(text =>
            Assert.Equal(Definition(text), SearchIndex.Terms(text)), iter: 20_000);
    }

    [Fact]
    public void A_run_of_letters_longer_than_any_word_is_not_a_search_term() =>
        Assert.Equal(new[] { "a", "b" }, SearchIndex.Terms("a " + new string('x', 41) + " b"));

    [Theory]
    [InlineData("See [the rules](http://example.gov/a_b) and **bold** `code`.", "See the rules and bold code.")]
    [InlineData("![logo](x.png) #tag\nnext line", "logo #tag next line")]
    [InlineData("Types </script> & <b>memos</b> in C# #1, a > b\n> quoted\n## Heading\n  > indented quote", "Types </script> & <b>memos</b> in C# #1, a > b quoted Heading indented quote")]
    [InlineData("#1 priority is safety.\n* #2 is speed.\n| # | done |", "#1 priority is safety. #2 is speed. # done")]
    [InlineData("a ] b ( c", "a b ( c")]
    [InlineData("an [unclosed](link and more text (kept)", "an unclosed(link and more text (kept)")]
    [InlineData("[a](b\nc) d", "a(b c) d")]
    [InlineData("Does `a](b` plumbing (maybe) and `arr[i](x)` welding", "Does a](b plumbing (maybe) and arr[i](x) welding")]
    [InlineData("", "")]
    public void Plain_text_keeps_a_link_s_words_and_drops_its_address_and_the_markup(string markdown, string expected) =>
        Assert.Equal(expected, Formatting.PlainText(markdown));

    [Fact]
    public void A_search_excerpt_cut_at_its_length_never_ends_in_half_a_character()
    {
        var text = new System.Text.StringBuilder();
        Assert.False(Formatting.AppendPlain(text, new string('x', 9) + "\U0001F600 more", 10));
        Assert.Equal(new string('x', 9), text.ToString());
    }

    [Theory]
    [InlineData("abcdefghij klm", 4, "abcd")]
    [InlineData("ab **cd** efgh", 7, "ab cd e")]
    [InlineData("ab  cd", 4, "ab c")]
    public void A_search_excerpt_stops_at_its_length_inside_a_run_of_text(string markdown, int limit, string expected)
    {
        var text = new System.Text.StringBuilder();
        Assert.False(Formatting.AppendPlain(text, markdown, limit));
        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void A_text_that_fits_its_length_exactly_is_whole_and_ends_in_a_space()
    {
        var text = new System.Text.StringBuilder();
        Assert.True(Formatting.AppendPlain(text, "abcd", 4));
        Assert.Equal("abcd ", text.ToString());
    }

    [Theory]
    [InlineData("18.075", "USD", "$18.075")]
    [InlineData("2937.20", "USD", "$2,937.20")]
    [InlineData("3133.00", "USD", "$3,133.00")]
    [InlineData("45000", "USD", "$45,000")]
    [InlineData("0.5", "USD", "$0.5")]
    [InlineData("2937.20", "CAD", "CAD 2,937.20")]
    public void Money_keeps_the_spec_s_precision_in_its_currency(string value, string currency, string expected) =>
        Assert.Equal(expected, Formatting.Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Theory]
    [InlineData("[a](javascript:alert(1))", "<p><a href=\"#\">a</a></p>")]
    [InlineData("[a](JaVaScRiPt:alert(1))", "<p><a href=\"#\">a</a></p>")]
    [InlineData("[a](https://example.org/x)", "<p><a href=\"https://example.org/x\">a</a></p>")]
    [InlineData("[a](../b/c.html#d)", "<p><a href=\"../b/c.html#d\">a</a></p>")]
    [InlineData("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>")]
    [InlineData("*(Illustrative Only)*", "<p><em>(Illustrative Only)</em></p>")]
    [InlineData("![x](javascript:alert(1))", "<p><img src=\"#\" alt=\"x\" /></p>")]
    [InlineData("<vbscript:msgbox(1)>", "<p><a href=\"#\">vbscript:msgbox(1)</a></p>")]
    [InlineData("ftp://example.org/file", "<p><a href=\"#\">ftp://example.org/file</a></p>")]
    [InlineData("see www.example.org", "<p>see <a href=\"http://www.example.org\">www.example.org</a></p>")]
    [InlineData("<hr@example.org>", "<p><a href=\"mailto:hr@example.org\">hr@example.org</a></p>")]
    public void Markdown_is_rendered_without_raw_html_or_script_links(string markdown, string expected) =>
        Assert.Equal(expected, Formatting.Markdown(markdown));

    [Fact]
    public void Renderers_reused_across_calls_and_threads_still_rewrite_every_unsafe_link()
    {
        var rendered = Enumerable.Range(0, 2_000).AsParallel().Select(i => Formatting.Markdown($"[{i}](javascript:alert({i})) and [ok](https://example.org/{i})")).ToList();

        Assert.All(rendered, html => Assert.Contains("<a href=\"#\">", html, System.StringComparison.Ordinal));
        Assert.All(rendered.Select((html, i) => (html, i)), r => Assert.Contains($"<a href=\"https://example.org/{r.i}\">ok</a>", r.html, System.StringComparison.Ordinal));
    }
}
