namespace SpecSdk.Site.Tests;

public class FormattingTests
{
    [Theory]
    [InlineData("18.075", "$18.075")]
    [InlineData("2937.20", "$2,937.20")]
    [InlineData("3133.00", "$3,133.00")]
    [InlineData("45000", "$45,000")]
    [InlineData("0.5", "$0.5")]
    public void Money_keeps_the_spec_s_precision(string value, string expected) =>
        Assert.Equal(expected, Formatting.Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("[a](javascript:alert(1))", "<p><a href=\"#\">a</a></p>")]
    [InlineData("[a](JaVaScRiPt:alert(1))", "<p><a href=\"#\">a</a></p>")]
    [InlineData("[a](https://example.org/x)", "<p><a href=\"https://example.org/x\">a</a></p>")]
    [InlineData("[a](../b/c.html#d)", "<p><a href=\"../b/c.html#d\">a</a></p>")]
    [InlineData("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>")]
    [InlineData("*(Illustrative Only)*", "<p><em>(Illustrative Only)</em></p>")]
    public void Markdown_is_rendered_without_raw_html_or_script_links(string markdown, string expected) =>
        Assert.Equal(expected, Formatting.Markdown(markdown));
}
