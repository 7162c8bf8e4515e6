using System;
using System.Globalization;
using System.Text.RegularExpressions;
using SpecSdk.Model;

namespace SpecSdk.Import;

/// <summary>The date spellings of real documents: M/D/YYYY, M/D/YY, M.D.YYYY, YYYY-MM-DD, "July 1, 1993", "JULY 2015".</summary>
internal static class Dates
{
    private static readonly Regex Numeric = new(@"(?<![\d/.])(?<m>\d{1,2})([/.])(?<d>\d{1,2})\1(?<y>\d{4}|\d{2})(?![\d/])", RegexOptions.CultureInvariant);
    private static readonly Regex Iso = new(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex Words = new(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:(?<d>\d{1,2}),?\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>True when the whole of <paramref name="text"/> is one date.</summary>
    public static bool TryParse(string text, out SpecDate date)
    {
        var trimmed = text.Trim();
        return TryFind(trimmed, out date, out var match) && match.Index == 0 && match.Length == trimmed.Length;
    }

    /// <summary>The first date in <paramref name="text"/>, with the text it was read from.</summary>
    public static bool TryFind(string text, out SpecDate date, out Match match)
    {
        date = default;
        Match? best = null;
        foreach (var pattern in new[] { Numeric, Iso, Words })
        {
            var candidate = pattern.Match(text);
            while (candidate.Success && !TryRead(candidate, out _))
            {
                candidate = candidate.NextMatch();
            }

            if (candidate.Success && (best is null || candidate.Index < best.Index))
            {
                best = candidate;
            }
        }

        match = best ?? Match.Empty;
        return best is not null && TryRead(best, out date);
    }

    private static bool TryRead(Match match, out SpecDate date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        int month;
        if (match.Groups["month"].Success)
        {
            month = DateTime.ParseExact(match.Groups["month"].Value.Substring(0, 3), "MMM", CultureInfo.InvariantCulture).Month;
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        if (!SpecDate.IsValid(year, month, day) || month == 0)
        {
            return false;
        }

        date = new SpecDate(year, month, day);
        return true;
    }
}
