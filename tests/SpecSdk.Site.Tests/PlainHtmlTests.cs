using System.Threading;
using CsCheck;

namespace SpecSdk.Site.Tests;

/// <summary>
/// The handbook writes plain paragraphs and lists itself instead of parsing them with Markdig; what it writes must be
/// what Markdig would have, for any text it takes, and everything else must still go to Markdig.
/// </summary>
public class PlainHtmlTests
{
    /// <summary>Pieces of prose and the white space and list marks between them, which make text the plain path takes.</summary>
    private static readonly string[] Prose =
    {
        "Supervises", "staff", "a", "of", "12", "2025", "C#", "\"quoted\"", "it's", "Café", "and/or", "(GS-12)", "x:", "50%", "$3,000", "e.g.", "Hotel:",
        " ", " ", " ", "\n", "\n", "\n\n", "\n\n", "- ", "- ", "\n- ", "\n  ", "\n  ", "\n\n- ",
    };

    /// <summary>What else a line may hold: odd white space and every kind of thing that makes text Markdown.</summary>
    private static readonly string[] Markup =
    {
        "  ", "\t", "\n\n\n", " \n", "\n   ", "\u00a0",
        "1.", "2)", "1. ", "10) ", "*", "**", "_", "`", "[", "]", "(", ")", "![", "<", ">", "&", "&amp;", "&copy;", "\\", "|", "#", "# ", "=", "===", "---", "-", "+ ", "~~~", "```",
        "http://example.org", "https://x.gov/a", "www.example.org", "mailto:a@b.org", "tel:555", "ftp://f", "a@b.org", "    ", "\r\n", "\0",
    };

    private static readonly Gen<string> Markdown = Gen.Frequency(
        (4, Gen.Int[0, Prose.Length - 1].Select(i => Prose[i])),
        (1, Gen.Int[0, Markup.Length - 1].Select(i => Markup[i]))).Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Text_taken_as_plain_is_written_as_Markdig_writes_it()
    {
        var taken = 0;
        var total = 0;
        Markdown.Sample(markdown =>
        {
            Interlocked.Increment(ref total);
            if (Formatting.TryPlainHtml(markdown) is { } html)
            {
                Interlocked.Increment(ref taken);
                Assert.Equal(Formatting.MarkdigHtml(markdown), html);
            }
        }, iter: 20_000);

        // The property says nothing if the plain path never runs: random text of these pieces is plain often enough.
        Assert.InRange(taken, total / 20, total);
    }

    [Theory]
    [InlineData("This class series uses four levels.\nPositions in the class may order supplies.\n\nWhile incumbents assigned to this class \"may\" access tools.")]
    [InlineData("- Coordinates production schedules.\n- Resolves customer problems, e.g. late jobs.\n\nOther duties as assigned.")]
    [InlineData("Graduation from high school or GED (2 years).\n\n- Supervises 12 staff.")]
    [InlineData("- Maintains the custody of persons in\n  the care of the department.\n- Trains staff.")]
    public void Plain_paragraphs_and_lists_take_the_plain_path_and_match_Markdig(string markdown)
    {
        var html = Formatting.TryPlainHtml(markdown);

        Assert.NotNull(html);
        Assert.Equal(Formatting.MarkdigHtml(markdown), html);
    }

    [Theory]
    [InlineData("Skills & abilities")]
    [InlineData("See www.example.org")]
    [InlineData("- one\n\n- two")]
    [InlineData("Text\n- item")]
    [InlineData("- item\n   three spaces")]
    [InlineData("- item\n  - nested")]
    [InlineData("Paragraph\n  indented")]
    [InlineData("1. First")]
    [InlineData("Ends with a hard break  \nnext")]
    [InlineData("**bold**")]
    public void Anything_else_goes_to_Markdig(string markdown) =>
        Assert.Null(Formatting.TryPlainHtml(markdown));
}
