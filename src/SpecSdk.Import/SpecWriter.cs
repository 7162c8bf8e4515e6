using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecSdk.Import;

/// <summary>
/// Writes a <see cref="SpecDraft"/> as a canonical spec file: YAML front matter in the draft's order, "##" sections
/// with their ids, paragraphs and list items wrapped at 110 columns. The same draft always gives the same bytes.
/// </summary>
internal static class SpecWriter
{
    public const int Width = 110;

    /// <summary>Text starting with a digit that YAML still reads as text: "6 months", a code like "73070V000101".</summary>
    private static readonly Regex PlainWords = new(@"^(?:\d+ [a-z]+|(?=[0-9A-Za-z]*[A-DF-NP-WYZa-df-np-wyz])[0-9][0-9A-Za-z]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex BlockStart = new(@"^(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|<|`{3}|~{3}|=+$|-+$|_{3,}$|\*{3,}$|\|)", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> YamlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
    };

    public static string Write(SpecDraft draft)
    {
        var builder = new StringBuilder();
        builder.Append("---\n");
        foreach (var field in draft.Fields)
        {
            WriteField(builder, field.Key, field.Value, 0);
        }

        builder.Append("---\n");
        foreach (var section in draft.Sections)
        {
            WriteSection(builder, section, 2);
        }

        return builder.ToString();
    }

    private static void WriteSection(StringBuilder builder, SectionDraft section, int level)
    {
        builder.Append('\n').Append('#', level).Append(' ').Append(section.Title);
        if (level == 2 || Specs.Reading.Text.Slug(section.Title) != section.Id)
        {
            builder.Append(" {#").Append(section.Id).Append('}');
        }

        builder.Append('\n');
        foreach (var block in section.Blocks)
        {
            builder.Append('\n');
            switch (block)
            {
                case ParagraphDraft paragraph:
                    Wrap(builder, Escape(paragraph.Text), string.Empty, string.Empty);
                    break;
                case ListDraft list:
                    foreach (var item in list.Items)
                    {
                        Wrap(builder, Escape(item), "- ", "  ");
                    }

                    break;
            }
        }

        foreach (var subsection in section.Subsections)
        {
            WriteSection(builder, subsection, level + 1);
        }
    }

    /// <summary>
    /// A backslash before a character that would otherwise start a heading, list, quote or HTML block, or make the
    /// text a link reference definition ("[a]: b" is not shown at all).
    /// </summary>
    private static string Escape(string text) => text.StartsWith('[') || BlockStart.IsMatch(text) ? "\\" + text : text;

    /// <summary>
    /// Greedy wrapping at <see cref="Width"/> columns. In <paramref name="markdown"/>, a word that would start a block at
    /// the start of a line ("-", "1.", "#") stays on the line before, even past the width: wrapping never changes what
    /// the text means.
    /// </summary>
    private static void Wrap(StringBuilder builder, string text, string first, string rest, bool markdown = true)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in words)
        {
            if (!empty && line.Length + 1 + word.Length > Width && !(markdown && BlockStart.IsMatch(word)))
            {
                builder.Append(line).Append('\n');
                line.Clear().Append(rest);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        builder.Append(line).Append('\n');
    }

    private static void WriteField(StringBuilder builder, string key, YamlDraft value, int indent)
    {
        builder.Append(' ', indent).Append(key).Append(':');
        WriteValue(builder, value, indent, indent + key.Length + 2);
    }

    /// <summary>Writes <paramref name="value"/> after "key:" (the cursor is at <paramref name="column"/>).</summary>
    private static void WriteValue(StringBuilder builder, YamlDraft value, int indent, int column)
    {
        switch (value)
        {
            case YamlString text:
                builder.Append(' ');
                WriteScalar(builder, text.Value, indent + 2, column);
                break;
            case YamlPlain plain:
                builder.Append(' ').Append(plain.Value).Append('\n');
                break;
            case YamlMap { Flow: true } flow:
                builder.Append(' ').Append(Flow(flow)).Append('\n');
                break;
            case YamlMap map:
                builder.Append('\n');
                foreach (var entry in map.Entries)
                {
                    WriteField(builder, entry.Key, entry.Value, indent + 2);
                }

                break;
            case YamlList list:
                builder.Append('\n');
                foreach (var item in list.Items)
                {
                    WriteItem(builder, item, indent + 2);
                }

                break;
        }
    }

    private static void WriteItem(StringBuilder builder, YamlDraft item, int indent)
    {
        builder.Append(' ', indent).Append('-');
        if (item is YamlMap { Flow: false } map && map.Entries.Count > 0)
        {
            builder.Append(' ');
            var first = true;
            foreach (var entry in map.Entries)
            {
                if (!first)
                {
                    builder.Append(' ', indent + 2);
                }

                builder.Append(entry.Key).Append(':');
                WriteValue(builder, entry.Value, indent + 2, indent + 2 + entry.Key.Length + 2);
                first = false;
            }

            return;
        }

        WriteValue(builder, item, indent, indent + 2);
    }

    private static string Flow(YamlMap map)
    {
        var parts = new List<string>();
        foreach (var entry in map.Entries)
        {
            var value = entry.Value switch
            {
                YamlPlain plain => plain.Value,
                YamlString text => Quote(text.Value),
                _ => throw new ArgumentException("A flow mapping holds only scalars.", nameof(map)),
            };
            parts.Add(entry.Key + ": " + value);
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>Plain when YAML reads it back as the same text, folded ("&gt;-") when long, double-quoted otherwise.</summary>
    private static void WriteScalar(StringBuilder builder, string value, int indent, int column)
    {
        if (!IsPlain(value))
        {
            builder.Append(Quote(value)).Append('\n');
            return;
        }

        if (column + value.Length <= Width || value.Contains("  ", StringComparison.Ordinal))
        {
            builder.Append(value).Append('\n');
            return;
        }

        builder.Append(">-\n");
        var pad = new string(' ', indent);
        Wrap(builder, value, pad, pad, markdown: false);
    }

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || value.Trim().Length != value.Length || YamlWords.Contains(value))
        {
            return false;
        }

        if (!char.IsLetter(value[0]) && !PlainWords.IsMatch(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '"' || c == '\\')
            {
                return false;
            }
        }

        return !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':');
    }

    /// <summary>A YAML double-quoted scalar of <paramref name="value"/>: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
