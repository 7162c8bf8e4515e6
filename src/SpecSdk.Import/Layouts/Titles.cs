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
