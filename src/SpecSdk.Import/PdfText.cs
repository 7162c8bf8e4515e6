using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SpecSdk.Specs;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace SpecSdk.Import;

/// <summary>
/// The text layer of a PDF, read into the text the layouts read: the words of each page grouped into lines by their
/// baseline, lines top to bottom and words left to right whatever order the file draws them in; a wide gap between
/// words (a label and its value, table cells) is a tab; a gap between lines wider than the document's usual one is a blank
/// line, and so is a page break. Lines without digits repeated at the same height at the top or bottom of most pages
/// (running headers and footers) are dropped; page numbers and print dates are left to <see cref="SourceText"/>, which
/// knows them and keeps the print date. A line whose every letter is set in a bold font is told apart (a heading
/// that is not in capitals is found by it).
/// </summary>
internal static class PdfText
{
    /// <summary>The largest PDF the importer opens: a class specification is a few pages; a scanned one tens of megabytes.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The most pages a document may have: a class specification has a few, a whole handbook in one file hundreds.</summary>
    public const int MaxPages = 100;

    /// <summary>How long reading one PDF may take before it is abandoned, so a file that makes the parser run away does not stop the others.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    /// <summary>How much of the top and the bottom of a page running headers and footers are looked for in.</summary>
    private const double Margin = 0.12;

    /// <summary>A gap between words wider than this many characters of their font separates columns.</summary>
    private const double ColumnGap = 3;

    /// <summary>The widest gap between the lines of one paragraph, in sizes of the type.</summary>
    private const double MaxLineGap = 1.5;

    /// <summary>A gap between lines this much wider than the document's usual one is a blank line.</summary>
    private const double ParagraphGap = 1.4;

    /// <summary>True when <paramref name="bytes"/> are a PDF: its header is in the first kilobyte, as readers accept it.</summary>
    public static bool IsPdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// <summary>The document's text; null with a diagnostic when it cannot be read, has no text layer or is too large.</summary>
    public static PdfContent? Read(string path, byte[] bytes, List<SpecDiagnostic> diagnostics)
    {
        var location = new SourceLocation { Path = path };
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(ImportDiagnostics.TooLarge.Create(location, bytes.Length, MaxBytes));
            return null;
        }

        // PdfPig cannot be cancelled: a document that runs past the budget is left to finish on its own thread, unread.
        var reading = Task.Run(() => Extract(bytes));
        if (!reading.Wait(Budget))
        {
            diagnostics.Add(ImportDiagnostics.PdfTooSlow.Create(location, Budget.TotalSeconds));
            return null;
        }

        var (content, problem, detail) = reading.Result;
        switch (problem)
        {
            case Problem.Encrypted:
                diagnostics.Add(ImportDiagnostics.PdfEncrypted.Create(location));
                return null;
            case Problem.Unreadable:
                diagnostics.Add(ImportDiagnostics.PdfUnreadable.Create(location, detail));
                return null;
            case Problem.NoText:
                diagnostics.Add(ImportDiagnostics.PdfNoText.Create(location, detail));
                return null;
            case Problem.TooManyPages:
                diagnostics.Add(ImportDiagnostics.PdfTooManyPages.Create(location, detail, MaxPages));
                return null;
            default:
                return content;
        }
    }

    private enum Problem
    {
        None,
        Encrypted,
        Unreadable,
        NoText,
        TooManyPages,
    }

    private static (PdfContent? Content, Problem Problem, string Detail) Extract(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                return (null, Problem.TooManyPages, document.NumberOfPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var pages = new List<PageLines>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(Lines(document.GetPage(number)));
            }

            if (pages.All(p => p.Lines.Count == 0))
            {
                return (null, Problem.NoText, pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var running = DropRunningLines(pages);
            var (text, strong) = Compose(pages);
            return (new PdfContent(text, strong, running), Problem.None, string.Empty);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, Problem.Encrypted, string.Empty);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged or hostile file makes the parser throw whatever its code meets; each is this file's problem only.
            return (null, Problem.Unreadable, exception.Message.Trim().TrimEnd('.'));
        }
    }

    /// <summary>A page's lines, top to bottom, and its height.</summary>
    private sealed record PageLines(double Height, List<Line> Lines);

    /// <summary>A line: its baseline (from the bottom of the page), its font size, its text and whether all of it is bold.</summary>
    private sealed record Line(double Baseline, double Size, string Text, bool Bold);

    private static PageLines Lines(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.Text.Trim().Length > 0 && w.Letters.Count > 0)
            .Select(w => (Word: w, Baseline: w.Letters[0].StartBaseLine.Y, Size: w.Letters.Max(l => l.PointSize)))
            .OrderByDescending(w => w.Baseline)
            .ToList();
        var lines = new List<Line>();
        var current = new List<(Word Word, double Baseline, double Size)>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(current[0].Baseline - word.Baseline) > 0.4 * Math.Max(current[0].Size, word.Size))
            {
                lines.Add(Join(current));
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Join(current));
        }

        return new PageLines(page.Height, lines);
    }

    /// <summary>The words of one baseline left to right: a space between words, a tab across a column gap.</summary>
    private static Line Join(List<(Word Word, double Baseline, double Size)> words)
    {
        var ordered = words.OrderBy(w => w.Word.BoundingBox.Left).ToList();
        var text = new StringBuilder(ordered[0].Word.Text);
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1].Word;
            var word = ordered[i].Word;
            var character = (CharacterWidth(previous) + CharacterWidth(word)) / 2;
            text.Append(word.BoundingBox.Left - previous.BoundingBox.Right > ColumnGap * character ? '\t' : ' ').Append(word.Text);
        }

        return new Line(ordered[0].Baseline, ordered.Max(w => w.Size), text.ToString(), ordered.All(w => IsBold(w.Word)));
    }

    /// <summary>True when every letter of <paramref name="word"/> is in a bold font, by its details or its name ("Arial-BoldMT").</summary>
    private static bool IsBold(Word word)
    {
        foreach (var letter in word.Letters)
        {
            if (!(letter.FontDetails?.IsBold == true || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false)))
            {
                return false;
            }
        }

        return true;
    }

    private static double CharacterWidth(Word word) => word.BoundingBox.Width / Math.Max(1, word.Text.Length);

    /// <summary>
    /// Drops the lines of a running header or footer: near the top or bottom edge, the same text at the same height on
    /// at least two pages and half of them. Lines with digits stay, for <see cref="SourceText"/> to read as page
    /// numbers and print dates. Returns the text of the lines dropped, once each, top of the page first.
    /// </summary>
    private static IReadOnlyList<string> DropRunningLines(List<PageLines> pages)
    {
        if (pages.Count < 2)
        {
            return Array.Empty<string>();
        }

        static bool AtEdge(PageLines page, Line line) => line.Baseline > page.Height * (1 - Margin) || line.Baseline < page.Height * Margin;
        static (long, string) Key(Line line) => ((long)Math.Round(line.Baseline), line.Text);
        var counts = pages
            .SelectMany(page => page.Lines.Where(line => AtEdge(page, line) && !line.Text.Any(char.IsDigit)).Select(Key).Distinct())
            .GroupBy(key => key)
            .ToDictionary(group => group.Key, group => group.Count());
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        var dropped = counts.Where(c => c.Value >= needed).Select(c => c.Key).OrderByDescending(k => k.Item1).Select(k => k.Item2).Distinct(StringComparer.Ordinal).ToList();
        foreach (var page in pages)
        {
            page.Lines.RemoveAll(line => AtEdge(page, line) && counts.TryGetValue(Key(line), out var count) && count >= needed);
        }

        return dropped;
    }

    /// <summary>
    /// The pages' lines as text, a blank line where the gap to the line before is wider than usual and between pages,
    /// and the numbers of the lines set in bold.
    /// </summary>
    private static (string Text, IReadOnlySet<int> Strong) Compose(List<PageLines> pages)
    {
        var strong = new HashSet<int>();
        var number = 1;
        // The usual gap is the document's: a last page of a few paragraphs has no two lines of one paragraph to learn it from.
        var gaps = pages.SelectMany(page => page.Lines.Zip(page.Lines.Skip(1), (above, below) => above.Baseline - below.Baseline)).Where(g => g > 0).OrderBy(g => g).ToList();
        // A document of one-line paragraphs has no gap inside a paragraph: no usual gap is wider than one and a half
        // times the type, so a blank line between such paragraphs is still one.
        var sizes = pages.SelectMany(page => page.Lines).Select(line => line.Size).OrderBy(size => size).ToList();
        var usual = gaps.Count == 0 ? 0 : Math.Min(gaps[gaps.Count / 4], MaxLineGap * sizes[sizes.Count / 2]);
        var text = new StringBuilder();
        foreach (var page in pages.Where(p => p.Lines.Count > 0))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
                number++;
            }

            for (var i = 0; i < page.Lines.Count; i++)
            {
                if (i > 0 && usual > 0 && page.Lines[i - 1].Baseline - page.Lines[i].Baseline > ParagraphGap * usual)
                {
                    text.Append('\n');
                    number++;
                }

                if (page.Lines[i].Bold)
                {
                    strong.Add(number);
                }

                text.Append(page.Lines[i].Text).Append('\n');
                number++;
            }
        }

        return (text.ToString(), strong);
    }
}

/// <summary>A PDF's text, the numbers of its lines set in bold, and the running header and footer lines dropped from it.</summary>
internal sealed record PdfContent(string Text, IReadOnlySet<int> Strong, IReadOnlyList<string> Running);
