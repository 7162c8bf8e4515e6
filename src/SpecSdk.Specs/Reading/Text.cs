using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecSdk.Specs.Reading
{
    /// <summary>Small text helpers shared by the reader and the catalog rules.</summary>
    public static class Text
    {
        private static readonly Regex KeyPattern = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
        private static readonly Regex CodePattern = new Regex("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The one rule for a name that is taken: <paramref name="slug"/> itself when free, else <c>slug-2</c>,
        /// <c>slug-3</c> and on, the first that <paramref name="claim"/> accepts (it records what it accepts).
        /// Section ids, page addresses of classes and grades all follow it. A caller that renames many copies of one
        /// slug passes the number to try first (<paramref name="from"/>), so that the n-th copy is not n tries.
        /// </summary>
        public static string Unique(string slug, Func<string, bool> claim, int from = 2)
        {
            var candidate = slug;
            for (var n = from; !claim(candidate); n++)
            {
                candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        /// <summary>A count with its noun, as pages and commands print it: "1 class", "2 classes", "0 series".</summary>
        public static string Count(int count, string one, string many) =>
            count.ToString("#,##0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

        /// <summary>True for a key: lower-case letters and digits in words joined by single hyphens, at most 80 characters.</summary>
        public static bool IsKey(string value) => value.Length <= 80 && KeyPattern.IsMatch(value);

        /// <summary>True for a code: letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 40 characters.</summary>
        public static bool IsCode(string value) => value.Length <= 40 && CodePattern.IsMatch(value);

        /// <summary>
        /// A key made from any text: accents dropped, letters and digits kept in lower case, everything else a
        /// single hyphen. "Line/Staff Authority" gives "line-staff-authority". Empty when nothing is left.
        /// </summary>
        public static string Slug(string value)
        {
            var decomposed = IsAscii(value) ? value : Decompose(value);
            var builder = new StringBuilder(decomposed.Length);
            var pendingHyphen = false;
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    AppendWithHyphen(builder, c, ref pendingHyphen);
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    AppendWithHyphen(builder, (char)(c + ('a' - 'A')), ref pendingHyphen);
                }
                else if (c != '\'' && c != '\u2019')
                {
                    pendingHyphen = builder.Length > 0;
                }

                if (builder.Length >= 80)
                {
                    break;
                }
            }

            return builder.ToString();
        }

        private static bool IsAscii(string value)
        {
            foreach (var c in value)
            {
                if (c > 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Splits accented letters into letter and mark. Surrogates are never letters of a key; dropping them first
        /// also keeps Normalize from throwing on a lone one.
        /// </summary>
        private static string Decompose(string value)
        {
            var withoutSurrogates = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!char.IsSurrogate(c))
                {
                    withoutSurrogates.Append(c);
                }
            }

            return withoutSurrogates.ToString().Normalize(NormalizationForm.FormD);
        }

        /// <summary>Line feeds only: CRLF and CR become LF, and blank lines at both ends are removed.</summary>
        public static string NormalizeBlock(string value) => NormalizeBlock(value, 0, value.Length);

        /// <summary>
        /// <see cref="NormalizeBlock(string)"/> of <paramref name="source"/> from <paramref name="start"/> to
        /// <paramref name="end"/>, copying the text once.
        /// </summary>
        public static string NormalizeBlock(string source, int start, int end)
        {
            var floor = start;
            while (start < end && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(source[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                return string.Empty;
            }

            // Keep the first line's indentation: it is Markdown (an indented code block starts with it).
            while (start > floor && (source[start - 1] == ' ' || source[start - 1] == '\t'))
            {
                start--;
            }

            var text = source.Substring(start, end - start);
            return text.IndexOf('\r') >= 0 ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }

        /// <summary>The index of the first control character other than tab, or -1.</summary>
        public static int IndexOfControl(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsControl(value[i]) && value[i] != '\t')
                {
                    return i;
                }
            }

            return -1;
        }

        private static void AppendWithHyphen(StringBuilder builder, char c, ref bool pendingHyphen)
        {
            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(c);
        }
    }
}
