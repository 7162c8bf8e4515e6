using System;
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

    public static string Markdown(string markdown) => markdown.Length == 0 ? string.Empty : Markdig.Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');

    /// <summary>Markdown as plain text (<see cref="AppendPlain"/>): for structured data, which holds text, not markup.</summary>
    public static string PlainText(string markdown)
    {
        var text = new System.Text.StringBuilder(markdown.Length);
        AppendPlain(text, markdown, int.MaxValue);
        return text.ToString().TrimEnd();
    }

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
