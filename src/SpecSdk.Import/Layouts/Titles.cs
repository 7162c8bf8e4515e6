using System;
using System.Text.RegularExpressions;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>Class titles as documents print them: in capitals, with the class code in brackets or after a dash.</summary>
internal static class Titles
{
    private static readonly Regex Bracketed = new(@"^(?<title>.+?)\s*[\[(]\s*(?:(?:class|job)\s+code:?\s*)?(?<code>[A-Za-z0-9][A-Za-z0-9._-]*\d[A-Za-z0-9._-]*)\s*[\])]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Dashed = new(@"^(?<title>.+?)\s+[-–—]\s+(?:(?:class|job)\s+code:?\s*)?(?<code>[A-Za-z0-9][A-Za-z0-9._-]*\d[A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Roman = new(@"^[IVX]+$", RegexOptions.CultureInvariant);

    /// <summary>The title in title case, and the code printed with it (null when none).</summary>
    public static string Split(string raw, out string? code)
    {
        code = null;
        var text = Prose.Collapse(raw);
        foreach (var pattern in new[] { Bracketed, Dashed })
        {
            var match = pattern.Match(text);
            if (match.Success && Text.IsCode(match.Groups["code"].Value) && !Roman.IsMatch(match.Groups["code"].Value))
            {
                code = match.Groups["code"].Value;
                text = match.Groups["title"].Value.Trim();
                break;
            }
        }

        return Prose.IsCaps(text) ? Prose.TitleCase(text) : text;
    }
}

/// <summary>Salary bases as documents name them: "Hourly", "37.5 Hr. Monthly Salary", "Annual".</summary>
internal static class Bases
{
    public static bool TryRead(string text, out string basis)
    {
        var value = text.ToLowerInvariant();
        basis = value switch
        {
            _ when value.Contains("37.5", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.MonthlyAt37Point5Hours),
            _ when value.Contains("40 hr", StringComparison.Ordinal) || value.Contains("40-hour", StringComparison.Ordinal) || value.Contains("40 hour", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.MonthlyAt40Hours),
            _ when value.Contains("hour", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Hourly),
            _ when value.Contains("bi-weekly", StringComparison.Ordinal) || value.Contains("biweekly", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Biweekly),
            _ when value.Contains("semi-monthly", StringComparison.Ordinal) || value.Contains("semimonthly", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.SemiMonthly),
            _ when value.Contains("week", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Weekly),
            _ when value.Contains("month", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Monthly),
            _ when value.Contains("annual", StringComparison.Ordinal) || value.Contains("year", StringComparison.Ordinal) => SalaryBases.Name(SalaryBasis.Annual),
            _ => string.Empty,
        };
        return basis.Length > 0;
    }
}
