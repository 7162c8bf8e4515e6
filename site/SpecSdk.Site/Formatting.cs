using System;
using System.Buffers;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>Turns model values into what pages show: safe HTML from Markdown, money, dates, basis names.</summary>
internal static class Formatting
{
    /// <summary>
    /// Markdown as the handbook renders it: raw HTML in a spec is shown as text, never executed, and a link may only
    /// go to http, https, mailto or a relative address.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Use<SafeLinks>()
        .Build();

    /// <summary>
    /// The HTML of <paramref name="markdown"/>. Most of a spec's prose is paragraphs and lists of plain words, which
    /// <see cref="TryPlainHtml"/> writes as Markdig would without parsing (parsing it was an eighth of a 10,000-class
    /// build); anything else goes through Markdig.
    /// </summary>
    public static string Markdown(string markdown) =>
        markdown.Length == 0 ? string.Empty : TryPlainHtml(markdown) ?? MarkdigHtml(markdown);

    /// <summary>The HTML of <paramref name="markdown"/> as the handbook's Markdig pipeline renders it.</summary>
    internal static string MarkdigHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');

    /// <summary>Characters that may be markup, an entity, an escape or a control character anywhere in a line.</summary>
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create(
        "*_`[]<>&\\|~\t\r\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\f\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private const string ItemIndent = "  ";

    private const string ItemEnd = "</li>\n";

    /// <summary>The starts of the addresses the autolink extension links (checked without regard to case).</summary>
    private static readonly SearchValues<string> LinkStarts = SearchValues.Create(new[] { "http", "ftp", "mailto:", "tel:", "www." }, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The HTML Markdig makes of text that is only paragraphs of plain lines and tight "- " lists (an item's lines after its first indented by two spaces), each block apart
    /// from the next by a blank line; null for anything else (a mark, an entity, indentation, a line that could start
    /// another block or a link), which Markdig then renders. A test holds it to Markdig's output on random text.
    /// </summary>
    internal static string? TryPlainHtml(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(InlineMarks) >= 0 || markdown.AsSpan().IndexOfAny(LinkStarts) >= 0)
        {
            return null;
        }

        var html = new System.Text.StringBuilder(markdown.Length + 64);
        var previousWasList = false;
        var start = 0;
        while (start < markdown.Length)
        {
            // A block: the lines up to a blank line (or the end).
            var end = markdown.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? markdown.Length : end;
            var block = markdown.AsSpan(start, end - start);
            if (block.Length == 0)
            {
                start = end + 1;
                continue;
            }

            var isList = block.StartsWith("- ", StringComparison.Ordinal);

            // Two lists with only blank lines between them are one loose list, which Markdig writes with paragraphs.
            if (isList && previousWasList)
            {
                return null;
            }

            html.Append(isList ? "<ul>\n" : "<p>");
            var first = true;
            foreach (var range in block.Split('\n'))
            {
                var line = block[range];
                var item = line.StartsWith("- ", StringComparison.Ordinal);

                // An item's text may go on over lines indented to it ("  "), which Markdig joins as a paragraph's lines.
                var goesOn = isList && !first && line.StartsWith(ItemIndent, StringComparison.Ordinal);
                var text = item || goesOn ? line.Slice(2) : line;
                if ((item || goesOn) != isList || !IsPlainLine(text))
                {
                    return null;
                }

                if (goesOn)
                {
                    html.Length -= ItemEnd.Length;
                    html.Append('\n');
                }
                else
                {
                    html.Append(isList ? "<li>" : first ? string.Empty : "\n");
                }

                AppendQuoted(html, text);
                html.Append(isList ? ItemEnd : string.Empty);
                first = false;
            }

            html.Append(isList ? "</ul>\n" : "</p>\n");
            previousWasList = isList;
            start = end + 2;
        }

        return html.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// A line that is text and nothing else wherever it stands: no white space at either end (indentation, a hard
    /// break), and a first character that starts no block (a heading, quote, list, rule, fence or setext underline).
    /// </summary>
    private static bool IsPlainLine(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]) || "#>-+*=~`_|<".Contains(line[0]))
        {
            return false;
        }

        // "1." and "1)" start an ordered list.
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits == 0 || digits == line.Length || (line[digits] != '.' && line[digits] != ')');
    }

    /// <summary>Appends text with the one character <see cref="TryPlainHtml"/> lets through that HTML escapes: the double quote.</summary>
    private static void AppendQuoted(System.Text.StringBuilder html, ReadOnlySpan<char> text)
    {
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"'))
        {
            html.Append(text.Slice(0, quote)).Append("&quot;");
            text = text.Slice(quote + 1);
        }

        html.Append(text);
    }

    /// <summary>Markdown as plain text (<see cref="AppendPlain"/>): for structured data, which holds text, not markup.</summary>
    public static string PlainText(string markdown)
    {
        var text = new System.Text.StringBuilder(markdown.Length);
        AppendPlain(text, markdown, int.MaxValue);
        return text.ToString().TrimEnd();
    }

    /// <summary>The characters <see cref="AppendPlain"/> looks at one by one: markup, and the white space it joins into one space.</summary>
    private static readonly SearchValues<char> PlainMarks = SearchValues.Create("]`#>*_|[! \t\n\r");

    /// <summary>The longest link address <see cref="AppendPlain"/> drops; a longer one is kept as text.</summary>
    private const int MaxAddress = 2048;

    /// <summary>
    /// Where the address of a link that starts at <paramref name="from"/> ends: its ')' before any space or line break,
    /// within <see cref="MaxAddress"/> characters (so a stray "](" never swallows the text after it, and a file of them
    /// costs a bounded scan each); -1 when there is none.
    /// </summary>
    private static int LinkEnd(string markdown, int from)
    {
        var end = Math.Min(markdown.Length, from + MaxAddress);
        for (var i = from; i < end; i++)
        {
            if (markdown[i] == ')')
            {
                return i;
            }

            if (char.IsWhiteSpace(markdown[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The closing backtick of code that starts at <paramref name="from"/>, on the same line within <see cref="MaxAddress"/> characters; -1 when there is none.</summary>
    private static int CodeEnd(string markdown, int from)
    {
        var end = Math.Min(markdown.Length, from + MaxAddress);
        for (var i = from; i < end; i++)
        {
            if (markdown[i] == '`')
            {
                return i;
            }

            if (markdown[i] is '\n' or '\r')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Appends <paramref name="markdown"/> as plain text, in one pass and without parsing it (search indexes and
    /// structured data read every section of every class): markup characters dropped (a quote's '>' and a heading's
    /// '#' where a line starts), a link's address dropped and
    /// its text kept, lines joined by one space, ending in a space. False when the text reached <paramref name="limit"/>.
    /// </summary>
    public static bool AppendPlain(System.Text.StringBuilder text, string markdown, int limit)
    {
        // A block quote's '>' and a heading's '#' are markup only where a line starts: "C#", "#1" and "a > b" keep theirs.
        var lineStart = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (text.Length >= limit)
            {
                // Never half a character at the cut.
                if (char.IsHighSurrogate(text[text.Length - 1]))
                {
                    text.Length--;
                }

                return false;
            }

            // Text between markup is copied a run at a time: a character at a time, this loop was a fifteenth of a build.
            var plain = markdown.AsSpan(i).IndexOfAny(PlainMarks);
            plain = plain < 0 ? markdown.Length - i : plain;
            if (plain > 0)
            {
                var taken = Math.Min(plain, limit - text.Length);
                text.Append(markdown, i, taken);
                i += taken - 1;
                lineStart = false;
                continue;
            }

            var c = markdown[i];
            if (c == ']' && i + 1 < markdown.Length && markdown[i + 1] == '(' && LinkEnd(markdown, i + 2) is var close and > 0)
            {
                i = close;
                continue;
            }

            // Code is text as it stands: "a](b" or "arr[i](x)" between backticks is no link.
            if (c == '`' && CodeEnd(markdown, i + 1) is var end and > 0)
            {
                text.Append(markdown, i + 1, Math.Max(0, Math.Min(end - i - 1, limit - text.Length)));
                i = end;
                continue;
            }

            // A heading's marks are a run of '#' followed by a space or the line's end: "#1 priority" is text.
            if (c == '#' && lineStart)
            {
                var run = i;
                while (run < markdown.Length && markdown[run] == '#')
                {
                    run++;
                }

                if (run == markdown.Length || markdown[run] is ' ' or '\t' or '\n' or '\r')
                {
                    i = run - 1;
                    continue;
                }
            }

            if ((c == '>' && lineStart) || c is '*' or '_' or '`' or '|' or '[' or ']' || (c == '!' && i + 1 < markdown.Length && markdown[i + 1] == '['))
            {
                // A table's '|' is not where a line of text starts.
                lineStart &= c != '|';
                continue;
            }

            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
            var spaced = c is '\n' or '\r' or '\t' ? ' ' : c;
            if (spaced != ' ' || (text.Length > 0 && text[text.Length - 1] != ' '))
            {
                text.Append(spaced);
            }
        }

        if (text.Length > 0 && text[text.Length - 1] != ' ')
        {
            text.Append(' ');
        }

        return true;
    }

    /// <summary>
    /// A figure with the precision the spec gives and thousands separators, in its jurisdiction's currency: $2,937.20
    /// in US dollars, CAD 2,937.20 in any other (its ISO 4217 code: "$" alone would not say which dollar).
    /// </summary>
    public static string Money(decimal? value, string currency)
    {
        if (value is not { } amount)
        {
            return string.Empty;
        }

        var scale = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        var figure = amount.ToString("#,##0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), CultureInfo.InvariantCulture);
        return currency == new Jurisdiction().Currency ? "$" + figure : currency + " " + figure;
    }

    public static string Date(SpecDate? date) => date is { } value ? value.ToLongString() : string.Empty;

    public static string IsoDate(SpecDate? date) => date is { } value ? value.ToString() : string.Empty;

    public static string Basis(SalaryBasis basis) => SalaryBases.Of(basis).Label;


    /// <summary>A range as one phrase: "$18.075 – $23.944".</summary>
    public static string Range(SalaryRange range, string currency)
    {
        var low = range.Minimum ?? range.Midpoint;
        var high = range.Maximum ?? range.Midpoint;
        return low == high || high is null ? Money(low, currency) : Money(low, currency) + " – " + Money(high, currency);
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var colon = url!.IndexOf(':');
        var slash = url.IndexOfAny(new[] { '/', '?', '#' });
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = url.Substring(0, colon).Trim().ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>
    /// Sets each HTML renderer's link rewriter, which sees every link, image and autolink address as it is written and
    /// turns one with another scheme into "#": no pass over the parsed document is needed.
    /// </summary>
    private sealed class SafeLinks : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html)
            {
                html.LinkRewriter = url => IsSafeUrl(url) ? url : "#";
            }
        }
    }
}
