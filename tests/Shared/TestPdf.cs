using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SpecSdk.Testing;

/// <summary>
/// Lays a text export out as the PDF it came from might have been, so the PDF reader is tested on documents the
/// tests make: Courier 10 pt on 12 pt lines, a blank line as a line of space; lines longer than a page wrapped at a
/// space; tab-separated lines as a table whose cells start at columns; a header value glued before its label
/// ("73070V000101Job Code:") drawn as a label and a value on one baseline, two columns apart; pages of about 45
/// lines, broken at a blank line or inside a paragraph, each with a running header and a "Page N of M" footer. Each
/// page draws its pieces in a shuffled order, footer first, so that nothing is read in the order it was written.
/// Asked for a number of pages, it sets the type smaller, so that the document fills that many; the lines it is told
/// are bold are set in Courier Bold.
/// </summary>
internal static class TestPdf
{
    private const double FontSize = 10;
    private const double Leading = 12;
    private const double CharacterWidth = 6;
    private const double Left = 72;
    private const int ValueColumn = 24;
    private const int WrapAt = 100;
    private const int LinesPerPage = 45;
    private const double PageWidth = Left + (WrapAt * CharacterWidth) + Left;
    private const double PageHeight = 792;

    /// <summary>Lines a page may take beyond its count, to the blank line or paragraph it breaks at.</summary>
    private const int Overflow = 10;
    private const string RunningHeader = "Printed from the classification plan";

    private static readonly Regex GluedLabel = new(@"^(?<value>\S.*?)(?<label>Job Code:|Job Group:|Job Established:|Job Revised:|Job Number:)$", RegexOptions.CultureInvariant);

    /// <summary>A piece of text at a place on a page, in bold or not.</summary>
    private sealed record Piece(double X, double Y, string Text, bool Bold = false);

    /// <summary>The size of the type: its point size, the distance between baselines and the width of a character.</summary>
    private sealed record Typeface(double Size, double Leading, double Width);

    /// <summary>
    /// The PDF of <paramref name="text"/>; <paramref name="seed"/> decides the order pieces are drawn in. With
    /// <paramref name="pages"/> the type is set as small as that many pages need (and never larger than 10 pt); the
    /// lines <paramref name="bold"/> is true for are set in bold.
    /// </summary>
    public static byte[] Of(string text, int seed = 1, int? pages = null, Func<string, bool>? bold = null)
    {
        // The standard fonts have no no-break space; the importer reads one as a space anyway.
        var lines = Wrap(text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\u00A0', ' ').Split('\n'));
        var perPage = pages is { } count ? (lines.Count + count - 1) / count : LinesPerPage;
        var leading = pages is null ? Leading : Math.Min(Leading, (PageHeight - 144) / (perPage + Overflow));
        return Draw(Paginate(lines, perPage), new Typeface(leading * FontSize / Leading, leading, leading * CharacterWidth / Leading), seed, bold ?? (_ => false));
    }

    private static byte[] Draw(List<List<string>> pages, Typeface type, int seed, Func<string, bool> bold)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var boldFont = builder.AddStandard14Font(Standard14Font.CourierBold);
        var random = new Random(seed);
        for (var number = 0; number < pages.Count; number++)
        {
            var page = builder.AddPage(PageWidth, PageHeight);
            var footer = new Piece(Left, 36, $"Page {number + 1} of {pages.Count}");
            var pieces = Place(pages[number], type, bold).Append(new Piece(Left, PageHeight - 36, RunningHeader)).OrderBy(_ => random.Next()).Prepend(footer);
            foreach (var piece in pieces)
            {
                page.AddText(piece.Text, type.Size, new PdfPoint(piece.X, piece.Y), piece.Bold ? boldFont : font);
            }
        }

        return builder.Build();
    }

    /// <summary>The PDF of one page with a single line, which the tests change to make damaged documents.</summary>
    public static byte[] OneLine(string line)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        builder.AddPage(PageWidth, PageHeight).AddText(line, FontSize, new PdfPoint(Left, PageHeight / 2), font);
        return builder.Build();
    }

    /// <summary>A PDF of <paramref name="pages"/> pages with nothing but a filled rectangle on each, as a scan's pictures are.</summary>
    public static byte[] WithoutText(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageWidth, PageHeight).DrawRectangle(new PdfPoint(Left, Left), 200, 300, fill: true);
        }

        return builder.Build();
    }

    /// <summary>Lines longer than a page split at the last space before the edge; never after a hyphen or inside an address, which the importer would rejoin.</summary>
    private static List<string> Wrap(IEnumerable<string> lines)
    {
        var wrapped = new List<string>();
        foreach (var line in lines)
        {
            var rest = line.TrimEnd();
            while (rest.Length > WrapAt && !rest.Contains('\t', StringComparison.Ordinal))
            {
                var end = rest.LastIndexOf(' ', WrapAt);
                while (end > 0 && (rest[end - 1] == '-' || rest.Substring(0, end).Split(' ')[^1].Contains("://", StringComparison.Ordinal)))
                {
                    end = rest.LastIndexOf(' ', end - 1);
                }

                if (end <= 0)
                {
                    break;
                }

                wrapped.Add(rest.Substring(0, end));
                rest = rest.Substring(end + 1);
            }

            wrapped.Add(rest);
        }

        return wrapped;
    }

    /// <summary>
    /// Pages of about <paramref name="perPage"/> lines: each ends at the first blank line after that, or before a
    /// line that goes on a paragraph in lower case, whichever comes first.
    /// </summary>
    private static List<List<string>> Paginate(List<string> lines, int perPage)
    {
        var pages = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            var page = pages[^1];
            var full = page.Count >= perPage;
            if (full && line.Trim().Length == 0)
            {
                pages.Add(new List<string>());
                continue;
            }

            if (full && page[^1].Trim().Length > 0 && line.Length > 0 && char.IsLower(line[0]))
            {
                pages.Add(new List<string> { line });
                continue;
            }

            page.Add(line);
        }

        return pages;
    }

    /// <summary>The pieces of a page's lines: a line at its height, a table's cells at their columns, a glued label and value apart.</summary>
    private static IEnumerable<Piece> Place(List<string> lines, Typeface type, Func<string, bool> bold)
    {
        var y = PageHeight - 72;
        var columns = Columns(lines);
        foreach (var line in lines)
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (text.Length > 0)
            {
                var glued = GluedLabel.Match(text);
                if (text.Contains('\t', StringComparison.Ordinal))
                {
                    var cells = text.Split('\t');
                    for (var i = 0; i < cells.Length; i++)
                    {
                        yield return new Piece(Left + (columns[Math.Min(i, columns.Count - 1)] * type.Width), y, cells[i]);
                    }
                }
                else if (glued.Success)
                {
                    yield return new Piece(Left + (ValueColumn * type.Width), y, glued.Groups["value"].Value);
                    yield return new Piece(Left, y, glued.Groups["label"].Value);
                }
                else
                {
                    yield return new Piece(Left + (indent * type.Width), y, text, bold(text));
                }
            }

            y -= type.Leading;
        }
    }

    /// <summary>Where each table column starts, in characters: after the widest cell of the column before, and four spaces.</summary>
    private static List<int> Columns(List<string> lines)
    {
        var widths = new List<int>();
        foreach (var cells in lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Trim().Split('\t')))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (widths.Count <= i)
                {
                    widths.Add(0);
                }

                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        var starts = new List<int> { 0 };
        foreach (var width in widths)
        {
            starts.Add(starts[^1] + width + 4);
        }

        return starts;
    }
}
