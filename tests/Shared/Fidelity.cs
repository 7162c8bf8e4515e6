using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecSdk.Testing;

/// <summary>
/// The comparison of the project's fidelity tool, in C#: the sentences (six words or more) and the figures (codes,
/// salary figures, dates) of a seed document, compared with a text on letters and digits only.
/// </summary>
internal static class Fidelity
{
    private static readonly Regex CapsLabel = new(@"^([A-Z][A-Z0-9 ,/&()'’.-]{3,}:)\s*(.*)$");
    private static readonly Regex Bullet = new(@"^[-*•]\s");
    private static readonly Regex EndPunctuation = new(@"[.;:?,]$");
    private static readonly Regex SentenceEnd = new(@"(?<=[.;:?])\s+");
    private static readonly Regex Money = new(@"\$[\d,]+\.\d+");
    private static readonly Regex Code = new(@"(?<![0-9A-Za-z])(\d{5}[A-Z]\d{6}|\d{8}|G\d[A-Z]\d[A-Z0-9]{2}|A\d{4})(?![0-9])");
    private static readonly Regex Date = new(@"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)");

    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Each check is a list of acceptable spellings; it passes when any is found.</summary>
    public static List<string[]> Checks(string document) =>
        Sentences(document).Select(s => new[] { s }).Concat(Figures(document)).ToList();

    /// <summary>The checks of <paramref name="document"/> that <paramref name="text"/> does not contain.</summary>
    public static List<string> Missing(string document, string text)
    {
        var hay = Squash(text);
        return Checks(document).Where(c => !c.Any(a => hay.Contains(Squash(a), StringComparison.Ordinal))).Select(c => c[0]).ToList();
    }

    private static List<string> Sentences(string text)
    {
        text = Regex.Replace(text, @"Page \d+ of \d+", " ");
        var kept = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var label = CapsLabel.Match(line);
            if (label.Success && IsCaps(label.Groups[1].Value))
            {
                line = label.Groups[2].Value;
            }

            if (line.Length == 0 || IsCaps(line))
            {
                kept.Add("\n");
                continue;
            }

            if (Bullet.IsMatch(line))
            {
                line = "\n" + line;
            }

            if (Words(line) <= 5 && !EndPunctuation.IsMatch(line))
            {
                line += "\n";
            }

            kept.Add(line);
        }

        var parts = new List<string>();
        foreach (var block in string.Join(" ", kept).Split('\n'))
        {
            parts.AddRange(SentenceEnd.Split(Regex.Replace(block, @"\s+", " ")));
        }

        return parts.Select(p => p.Trim())
            .Where(p => Words(p) >= 6 && !p.Contains('$') && !p.Contains("begins on page", StringComparison.Ordinal))
            .ToList();
    }

    private static IEnumerable<string[]> Figures(string text)
    {
        foreach (Match m in Money.Matches(text))
        {
            yield return new[] { m.Value };
        }

        foreach (Match m in Code.Matches(text))
        {
            yield return new[] { m.Value };
        }

        foreach (Match m in Date.Matches(text))
        {
            var d = new DateTime(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            yield return new[]
            {
                m.Value,
                d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
                d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
            };
        }
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && (double)letters.Count(char.IsUpper) / letters.Count > 0.8;
    }
}
