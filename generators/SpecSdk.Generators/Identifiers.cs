using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SpecSdk.Generators
{
    /// <summary>Turns titles and keys into readable C# identifiers.</summary>
    internal static class Identifiers
    {
        private static readonly HashSet<string> RomanNumerals = new HashSet<string>
        {
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
        };

        /// <summary>The MSBuild property that names the generated types' namespace.</summary>
        public const string NamespaceProperty = "SpecSdkNamespace";

        /// <summary>
        /// The parts of the generated types' namespace: <c>SpecSdkNamespace</c> when set, else the root namespace, else
        /// <c>SpecSdk.Generated</c>; each part made a valid identifier, so a project named "my-app" still compiles.
        /// C# writes a part that is a keyword with '@' in front; metadata names it as it is.
        /// </summary>
        public static IReadOnlyList<string> NamespaceParts(string? configured, string? root)
        {
            var ns = configured is not null && configured.Trim().Length > 0 ? configured.Trim() : root is not null && root.Trim().Length > 0 ? root.Trim() : "SpecSdk.Generated";
            return ns.Split('.').Select(part =>
            {
                var name = new string(part.Select((c, i) => IsIdentifierPart(part, i) || c == '_' ? c : '_').ToArray());
                return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
            }).ToArray();
        }

        /// <summary>
        /// PascalCase from the words of <paramref name="text"/>: "Customer Support Coordinator II" gives
        /// "CustomerSupportCoordinatorII", "Line/Staff Authority" gives "LineStaffAuthority". Letters of any script
        /// are kept; everything else separates words. A leading digit gets an underscore in front. Empty when
        /// the text has no letter or digit.
        /// </summary>
        public static string Pascal(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var word in Words(text))
            {
                if (RomanNumerals.Contains(word.ToUpperInvariant()) && IsAllUpper(word))
                {
                    builder.Append(word);
                    continue;
                }

                var first = char.ConvertFromUtf32(char.ConvertToUtf32(word, 0));
                builder.Append(first.ToUpperInvariant());
                var rest = word.Substring(first.Length);
                builder.Append(IsAllUpper(word) && word.Length > 2 ? rest.ToLowerInvariant() : rest);
            }

            if (builder.Length > 0 && char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>True when the character at <paramref name="index"/> may stand inside a C# identifier.</summary>
        public static bool IsIdentifierPart(string text, int index)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
            switch (category)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    return true;
                default:
                    return false;
            }
        }

        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                {
                    continue;
                }

                var width = char.IsSurrogatePair(text, i) ? 2 : 1;
                if (char.IsLowSurrogate(text[i]) && width == 1)
                {
                    continue;
                }

                if (IsIdentifierPart(text, i) && !(word.Length == 0 && CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                {
                    word.Append(text, i, width);
                }
                else if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                i += width - 1;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
            }
        }

        private static bool IsAllUpper(string word)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                }
            }

            return letters > 0;
        }
    }
}
