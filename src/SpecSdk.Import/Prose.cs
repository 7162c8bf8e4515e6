using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SpecSdk.Model;

namespace SpecSdk.Import;

/// <summary>Text helpers: joining lines, capitals, title case, sentences.</summary>
internal static class Prose
{
    private static readonly Regex Spaces = new(@"[ \t]+", RegexOptions.CultureInvariant);
    private static readonly Regex SentenceBreak = new(@"(?<=[.!?][)""”’]?)\s+(?=[""“‘(]?[A-Z])", RegexOptions.CultureInvariant);
    private static readonly Regex Roman = new(@"^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "nor", "the", "to", "with", "via", "vs",
    };

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "ADA", "EEO", "EEOC", "FLSA", "HR", "IT", "US", "USA", "SDLC", "GIS", "CPA", "RN", "LPN", "EMT", "CDL", "HVAC", "PC",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "etc.", "dr.", "mr.", "mrs.", "ms.", "no.", "st.", "inc.", "jr.", "sr.", "vs.", "approx.", "dept.",
        "u.s.", "hr.", "min.", "max.", "co.", "corp.", "ltd.", "fig.", "vol.",
    };

    /// <summary>Trimmed lines joined with single spaces, runs of spaces and tabs made one space.</summary>
    public static string Join(IReadOnlyList<SourceLine> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(text);
        }

        return Collapse(builder.ToString());
    }

    public static bool IsSmallWord(string word) => SmallWords.Contains(word);

    public static string Collapse(string text) => Spaces.Replace(text, " ").Trim();

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>True when more than 80% of the letters are capitals (the fidelity tool's rule for a heading).</summary>
    public static bool IsCaps(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters > 0 && upper * 10 > letters * 8;
    }

    /// <summary>
    /// A heading or title in capitals in title case: "EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB" gives
    /// "Examples of Duties or Responsibilities of the Job"; Roman numerals, known acronyms and words already in mixed
    /// case keep their spelling; "etc." stays lower case.
    /// </summary>
    public static string TitleCase(string text)
    {
        var words = Collapse(text).Split(' ');
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(TitleWord(words[i], i == 0, i == words.Length - 1));
        }

        return builder.ToString();
    }

    private static string TitleWord(string word, bool first, bool last)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return word;
        }

        var core = word.Substring(start, end - start);
        var prefix = word.Substring(0, start);
        var suffix = word.Substring(end);
        if (!IsCaps(core) || Roman.IsMatch(core) || Acronyms.Contains(core) || core.Any(char.IsDigit))
        {
            return word;
        }

        if (string.Equals(core, "ETC", StringComparison.Ordinal))
        {
            return prefix + "etc" + suffix;
        }

        var lower = core.ToLowerInvariant();
        if (!first && !last && SmallWords.Contains(lower) && !prefix.Contains('(', StringComparison.Ordinal))
        {
            return prefix + lower + suffix;
        }

        var parts = lower.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Capitalise(parts[i]);
        }

        return prefix + string.Join("/", parts) + suffix;
    }

    private static string Capitalise(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var hyphenated = word.Split('-');
        for (var i = 0; i < hyphenated.Length; i++)
        {
            if (hyphenated[i].Length > 0)
            {
                hyphenated[i] = char.ToUpperInvariant(hyphenated[i][0]) + hyphenated[i].Substring(1);
            }
        }

        return string.Join("-", hyphenated);
    }

    /// <summary>The sentences of a paragraph, not split after common abbreviations ("e.g.", "Dr.") or initials.</summary>
    public static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var from = 0;
        foreach (Match gap in SentenceBreak.Matches(paragraph))
        {
            var before = paragraph.Substring(from, gap.Index - from);
            var lastSpace = before.LastIndexOf(' ');
            var lastWord = lastSpace < 0 ? before : before.Substring(lastSpace + 1);
            if (Abbreviations.Contains(lastWord) || (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && lastWord[1] == '.'))
            {
                continue;
            }

            sentences.Add(before.Trim());
            from = gap.Index + gap.Length;
        }

        var rest = paragraph.Substring(from).Trim();
        if (rest.Length > 0)
        {
            sentences.Add(rest);
        }

        return sentences;
    }
}
