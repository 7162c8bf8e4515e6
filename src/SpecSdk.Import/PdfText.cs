using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
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
/// that is not in capitals is found by it). Each line of the text knows the page it is on and its line there, so a
/// diagnostic points at the page a reader opens.
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

    /// <summary>A gap between letters wider than this share of the wider letter separates words.</summary>
    private const double LetterGap = 0.3;

    /// <summary>A gap between words wider than this many characters of their font separates columns.</summary>
    private const double ColumnGap = 3;

    /// <summary>The widest gap between the lines of one paragraph, in sizes of the type.</summary>
    private const double MaxLineGap = 1.5;

    /// <summary>A gap between lines this much wider than the document's usual one is a blank line.</summary>
    private const double ParagraphGap = 1.4;

    /// <summary>True when <paramref name="bytes"/> are a PDF: its header is in the first kilobyte, as readers accept it.</summary>
    public static bool IsPdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// The document's text; null with a diagnostic when it cannot be read, has no text layer, is too large or is not
    /// read within <paramref name="budget"/> (<see cref="Budget"/> when not given).
    /// </summary>
    public static PdfContent? Read(string path, byte[] bytes, List<SpecDiagnostic> diagnostics, TimeSpan? budget = null)
    {
        var location = new SourceLocation { Path = path };
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(ImportDiagnostics.TooLarge.Create(location, bytes.Length, MaxBytes));
            return null;
        }

        // PdfPig cannot be cancelled: a document is read on a thread of its own (not the pool's, which the caller's
        // worker would wait on), and one that runs past the budget is left to finish there, unread.
        var reading = Task.Factory.StartNew(() => Extract(bytes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var limit = budget ?? Budget;
        if (!reading.Wait(limit))
        {
            diagnostics.Add(ImportDiagnostics.PdfTooSlow.Create(location, limit.TotalSeconds));
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
            return (Compose(pages, running), Problem.None, string.Empty);
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

    /// <summary>
    /// A line: its baseline (from the bottom of the page), its font size, its text, whether all of it is bold, and its
    /// number among the page's lines of text, top first, running header included.
    /// </summary>
    private sealed record Line(double Baseline, double Size, string Text, bool Bold, int Number);

    /// <summary>A page's glyphs, each at an index: where its baseline starts and ends, its size, its text, whether it is bold.</summary>
    private sealed class Glyphs
    {
        public Glyphs(IReadOnlyList<Letter> letters)
        {
            X = new double[letters.Count];
            Right = new double[letters.Count];
            Baseline = new double[letters.Count];
            Size = new double[letters.Count];
            Value = new string[letters.Count];
            Bold = new bool[letters.Count];
            for (var i = 0; i < letters.Count; i++)
            {
                var letter = letters[i];
                X[i] = letter.StartBaseLine.X;
                Right[i] = letter.EndBaseLine.X;
                Baseline[i] = letter.StartBaseLine.Y;
                Size[i] = letter.PointSize;
                Value[i] = letter.Value;
                Bold[i] = IsBold(letter);
            }
        }

        public double[] X { get; }

        public double[] Right { get; }

        public double[] Baseline { get; }

        public double[] Size { get; }

        public string[] Value { get; }

        public bool[] Bold { get; }

        public bool IsSpace(int i) => string.IsNullOrWhiteSpace(Value[i]);

        public double Width(int i) => Right[i] - X[i];
    }

    /// <summary>
    /// The page's lines from its letters: grouped by baseline, top to bottom; within a line left to right, a word
    /// ending at a space or where the gap to the next letter is wider than <see cref="LetterGap"/> of a letter.
    /// Read from the letters themselves, not PdfPig's words, which cost a page as much again. Letters are sorted
    /// by position, ties in drawing order, so that the same page always reads the same.
    /// </summary>
    private static PageLines Lines(Page page)
    {
        var glyphs = new Glyphs(page.Letters);
        var order = new int[glyphs.X.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => glyphs.Baseline[a] != glyphs.Baseline[b] ? glyphs.Baseline[b].CompareTo(glyphs.Baseline[a]) : a.CompareTo(b));
        var lines = new List<Line>();
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || Math.Abs(glyphs.Baseline[order[start]] - glyphs.Baseline[order[i]]) > 0.4 * Math.Max(glyphs.Size[order[start]], glyphs.Size[order[i]]))
            {
                if (Join(glyphs, order.AsSpan(start, i - start), lines.Count + 1) is { } line)
                {
                    lines.Add(line);
                }

                start = i;
            }
        }

        return new PageLines(page.Height, lines);
    }

    /// <summary>The words of one baseline left to right: a space between words, a tab across a column gap; null when it has no text.</summary>
    private static Line? Join(Glyphs glyphs, Span<int> line, int number)
    {
        line.Sort((a, b) => glyphs.X[a] != glyphs.X[b] ? glyphs.X[a].CompareTo(glyphs.X[b]) : a.CompareTo(b));
        var words = new List<(int Start, int End)>();
        var begin = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var glyph = line[i];
            if (glyphs.IsSpace(glyph))
            {
                Close(i);
                continue;
            }

            if (begin >= 0 && glyphs.X[glyph] - glyphs.Right[line[i - 1]] > LetterGap * Math.Max(glyphs.Width(glyph), glyphs.Width(line[i - 1])))
            {
                Close(i);
            }

            begin = begin < 0 ? i : begin;
        }

        Close(line.Length);
        if (words.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var size = 0.0;
        var bold = true;
        for (var w = 0; w < words.Count; w++)
        {
            var (first, last) = words[w];
            if (w > 0)
            {
                var (before, end) = words[w - 1];
                var character = (CharacterWidth(glyphs, line, before, end) + CharacterWidth(glyphs, line, first, last)) / 2;
                text.Append(glyphs.X[line[first]] - glyphs.Right[line[end - 1]] > ColumnGap * character ? '\t' : ' ');
            }

            for (var i = first; i < last; i++)
            {
                text.Append(glyphs.Value[line[i]]);
                size = Math.Max(size, glyphs.Size[line[i]]);
                bold &= glyphs.Bold[line[i]];
            }
        }

        return new Line(glyphs.Baseline[line[words[0].Start]], size, text.ToString(), bold, number);

        void Close(int at)
        {
            if (begin >= 0)
            {
                words.Add((begin, at));
                begin = -1;
            }
        }
    }

    /// <summary>The width of a character of the word of <paramref name="line"/>'s glyphs <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    private static double CharacterWidth(Glyphs glyphs, Span<int> line, int first, int end) => (glyphs.Right[line[end - 1]] - glyphs.X[line[first]]) / Math.Max(1, end - first);

    /// <summary>True when <paramref name="letter"/> is in a bold font, by its details or its name ("Arial-BoldMT").</summary>
    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false);

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
    /// The pages' lines as text, a blank line where the gap to the line before is wider than usual and between pages;
    /// the numbers of the lines set in bold; where each line of the text is in the document, a blank line where the
    /// line after it is.
    /// </summary>
    private static PdfContent Compose(List<PageLines> pages, IReadOnlyList<string> running)
    {
        var strong = new HashSet<int>();
        var places = new List<PdfPlace>();
        var number = 1;
        // The usual gap is the document's: a last page of a few paragraphs has no two lines of one paragraph to learn it from.
        var gaps = pages.SelectMany(page => page.Lines.Zip(page.Lines.Skip(1), (above, below) => above.Baseline - below.Baseline)).Where(g => g > 0).OrderBy(g => g).ToList();
        // A document of one-line paragraphs has no gap inside a paragraph: no usual gap is wider than one and a half
        // times the type, so a blank line between such paragraphs is still one.
        var sizes = pages.SelectMany(page => page.Lines).Select(line => line.Size).OrderBy(size => size).ToList();
        var usual = gaps.Count == 0 ? 0 : Math.Min(gaps[gaps.Count / 4], MaxLineGap * sizes[sizes.Count / 2]);
        var text = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var place = new PdfPlace(p + 1, page.Lines[i].Number);
                if (text.Length > 0 && (i == 0 || (usual > 0 && page.Lines[i - 1].Baseline - page.Lines[i].Baseline > ParagraphGap * usual)))
                {
                    text.Append('\n');
                    places.Add(place);
                    number++;
                }

                if (page.Lines[i].Bold)
                {
                    strong.Add(number);
                }

                text.Append(page.Lines[i].Text).Append('\n');
                places.Add(place);
                number++;
            }
        }

        return new PdfContent(text.ToString(), strong, running, places);
    }
}

/// <summary>
/// A PDF's text, the numbers of its lines set in bold, the running header and footer lines dropped from it, and the
/// place in the document of each line of the text (the first line's at index 0).
/// </summary>
internal sealed record PdfContent(string Text, IReadOnlySet<int> Strong, IReadOnlyList<string> Running, IReadOnlyList<PdfPlace> Places);

/// <summary>A line of a PDF: its one-based page and its one-based line among that page's lines of text.</summary>
internal readonly record struct PdfPlace(int Page, int Line);
