using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Import;

/// <summary>
/// One line of the input as the importer sees it: repaired text and its 1-based line number in the input; strong
/// when a PDF sets it all in bold, as documents set headings that are not in capitals.
/// </summary>
internal sealed record SourceLine(int Number, string Text, bool Strong = false);

/// <summary>Lines that follow one another without a blank line: a paragraph, a list, a table or a heading.</summary>
internal sealed record TextBlock(IReadOnlyList<SourceLine> Lines)
{
    public int Number => Lines[0].Number;

    public string First => Lines[0].Text;

    /// <summary>The lines joined into one line of text with single spaces.</summary>
    public string Text => Prose.Join(Lines);
}

/// <summary>
/// A text export of a PDF, decoded and repaired: page headers and footers removed (the print date kept), URLs and
/// words broken across lines joined, paragraphs split by a page break rejoined.
/// </summary>
internal sealed class SourceText
{
    /// <summary>The largest input the importer reads: far more than any class specification (the seeds are 6–13 KB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly Regex PageNumber = new(@"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex LoneDate = new(@"^\s*\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex BrokenUrl = new(@"(?:https?://|www\.)\S*[./-]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex UrlContinuation = new(@"^[a-z0-9/][^\s]*", RegexOptions.CultureInvariant);
    private static readonly Regex HyphenatedEnd = new(@"(?<=^|\s)(?<token>(?:[A-Za-z]+-)*(?<word>[A-Za-z]+))-$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "self", "non", "co", "well", "full", "part", "high", "low", "long", "short", "first", "second", "third", "entry",
        "mid", "cross", "multi", "semi", "sub", "year", "on", "off", "in", "out", "follow", "up", "job", "work", "time",
    };

    private readonly IReadOnlyList<PdfPlace>? places;

    private SourceText(string path, List<TextBlock> blocks, SpecDate? printed, IReadOnlyList<PdfPlace>? places)
    {
        Path = path;
        Blocks = blocks;
        Printed = printed;
        this.places = places;
    }

    /// <summary>The input's path as the user named it; diagnostics use it.</summary>
    public string Path { get; }

    public IReadOnlyList<TextBlock> Blocks { get; }

    /// <summary>The print date of a page footer ("12/1/16" under "Page 2 of 2"), when there is one.</summary>
    public SpecDate? Printed { get; }

    /// <summary>Decodes and repairs <paramref name="bytes"/>; null with a diagnostic when they are not UTF-8 or too large.</summary>
    public static SourceText? Read(string path, byte[] bytes, List<SpecDiagnostic> diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(ImportDiagnostics.TooLarge.Create(new SourceLocation { Path = path }, bytes.Length, MaxBytes));
            return null;
        }

        var chars = new char[bytes.Length];
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var prefix = new string(chars, 0, written);
            diagnostics.Add(ImportDiagnostics.NotUtf8.Create(Locate(path, prefix), bytes[start + read]));
            return null;
        }

        return Parse(path, new string(chars, 0, written));
    }

    /// <summary>
    /// Repairs <paramref name="text"/> and groups it into blocks; the lines numbered in <paramref name="strong"/> are
    /// set in bold; a PDF's text says where each of its lines is in <paramref name="places"/>, which locations then name.
    /// </summary>
    public static SourceText Parse(string path, string text, IReadOnlySet<int>? strong = null, IReadOnlyList<PdfPlace>? places = null)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            lines.Add(new SourceLine(number, Clean(raw), strong?.Contains(number) == true));
        }

        var printed = RemovePageFurniture(lines);
        JoinBrokenLines(lines);
        return new SourceText(path, Group(lines), printed, places);
    }

    /// <summary>The location of the end of <paramref name="prefix"/> in a file.</summary>
    public static SourceLocation Locate(string path, string prefix)
    {
        var line = 0;
        var column = 0;
        foreach (var c in prefix)
        {
            if (c == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        return new SourceLocation { Path = path, Start = prefix.Length, Length = 1, StartLine = line, StartColumn = column, EndLine = line, EndColumn = column + 1 };
    }

    /// <summary>The location of a whole input line.</summary>
    public SourceLocation At(SourceLine line) => At(line.Number, line.Text.Length);

    /// <summary>The location of the input's line <paramref name="number"/>: in a PDF, its page and its line there.</summary>
    public SourceLocation At(int number, int length = 0)
    {
        var (page, line) = places is { Count: > 0 } ? places[Math.Clamp(number - 1, 0, places.Count - 1)] : new PdfPlace(0, number);
        return new() { Path = Path, Page = page, StartLine = line - 1, StartColumn = 0, EndLine = line - 1, EndColumn = length, Length = length };
    }

    /// <summary>Tabs survive (tables are tab-separated); other control characters, no-break spaces and trailing space do not.</summary>
    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c == '\t')
            {
                builder.Append('\t');
            }
            else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\f' || c == '\v')
            {
                builder.Append(' ');
            }
            else if (c == '\u00AD' || c == '\uFEFF' || c == '\u200B' || (char.IsControl(c) && c != '\t'))
            {
                continue;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// Blanks "Page 2 of 2" lines and the print date printed beside them (within three lines), returning that date.
    /// </summary>
    private static SpecDate? RemovePageFurniture(List<SourceLine> lines)
    {
        SpecDate? printed = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!PageNumber.IsMatch(lines[i].Text))
            {
                continue;
            }

            lines[i] = lines[i] with { Text = string.Empty };
            for (var k = Math.Max(0, i - 3); k < Math.Min(lines.Count, i + 4); k++)
            {
                if (LoneDate.IsMatch(lines[k].Text) && Dates.TryParse(lines[k].Text.Trim(), out var date))
                {
                    printed ??= date;

                    if (printed.Equals(date))
                    {
                        lines[k] = lines[k] with { Text = string.Empty };
                    }
                }
            }
        }

        return printed;
    }

    /// <summary>Joins a URL or a hyphenated word that the export broke at the end of a line.</summary>
    private static void JoinBrokenLines(List<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i].Text;
            var next = lines[i + 1].Text.TrimStart();
            if (next.Length == 0)
            {
                continue;
            }

            var url = BrokenUrl.Match(line);
            var continuation = UrlContinuation.Match(next);
            if (url.Success && continuation.Success && continuation.Value.Contains('/', StringComparison.Ordinal))
            {
                lines[i] = lines[i] with { Text = line + continuation.Value };
                lines[i + 1] = lines[i + 1] with { Text = next.Substring(continuation.Length).TrimStart() };
                continue;
            }

            var hyphen = HyphenatedEnd.Match(line);
            if (hyphen.Success && char.IsLower(next[0]))
            {
                var end = next.IndexOf(' ', StringComparison.Ordinal);
                var rest = end < 0 ? next : next.Substring(0, end);
                var keep = hyphen.Groups["token"].Length > hyphen.Groups["word"].Length || HyphenPrefixes.Contains(hyphen.Groups["word"].Value);
                lines[i] = lines[i] with { Text = (keep ? line : line.Substring(0, line.Length - 1)) + rest };
                lines[i + 1] = lines[i + 1] with { Text = end < 0 ? string.Empty : next.Substring(end + 1).TrimStart() };
            }
        }
    }

    /// <summary>
    /// Groups lines into blocks at blank lines, rejoining a paragraph a page break split: one that stops without
    /// closing punctuation, followed by one that starts in lower case.
    /// </summary>
    private static List<TextBlock> Group(List<SourceLine> lines)
    {
        var blocks = new List<TextBlock>();
        var current = new List<SourceLine>();
        foreach (var line in lines)
        {
            if (line.Text.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(new TextBlock(current));
                    current = new List<SourceLine>();
                }

                continue;
            }

            if (current.Count == 0 && blocks.Count > 0 && ContinuesParagraph(blocks[^1], line.Text))
            {
                current = new List<SourceLine>(blocks[^1].Lines);
                blocks.RemoveAt(blocks.Count - 1);
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(new TextBlock(current));
        }

        return blocks;
    }

    private static bool ContinuesParagraph(TextBlock previous, string next)
    {
        var last = previous.Lines[^1].Text.TrimEnd();
        var first = next.TrimStart();
        if (first.Length == 0 || !char.IsLower(first[0]) || previous.Lines.Count == 0)
        {
            return false;
        }

        var end = last[^1];
        return (char.IsLetter(end) || end == ',' || end == '/') && Prose.WordCount(previous.Text) > 6 && !Prose.IsCaps(last);
    }
}
