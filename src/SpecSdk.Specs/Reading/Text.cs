using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

        /// <summary>Values a field may take, for messages: "'active', 'proposed' or 'abolished'".</summary>
        public static string Choices(IReadOnlyList<string> values) =>
            values.Count == 1 ? "'" + values[0] + "'" : string.Join(", ", values.Take(values.Count - 1).Select(v => "'" + v + "'")) + " or '" + values[values.Count - 1] + "'";

        /// <summary>True for a key: lower-case letters and digits in words joined by single hyphens, at most 80 characters.</summary>
        public static bool IsKey(string value) => value.Length <= 80 && KeyPattern.IsMatch(value);

        /// <summary>True for a code: letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 40 characters.</summary>
        public static bool IsCode(string value) => value.Length <= Model.JobCodeTable.MaxCodeLength && CodePattern.IsMatch(value);

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
        /// Letters with marks and compatibility forms, lower case, each with the letters they are written as in keys and
        /// searched as ("é" as "e", "ﬁ" as "fi", a full-width "ａ" as "a", a final "ς" as "σ", "İ" as "i"): a list of
        /// entries, the first character of each the letter. Made from Unicode's compatibility decompositions without
        /// their marks (Python's unicodedata, NFKD) for Latin, Greek and the full-width forms. It stands in for
        /// string.Normalize, which does nothing where the tool runs without ICU (invariant globalization), so a key
        /// or a search term is the same in the tool, the generator and the handbook's page, which reads this list.
        /// </summary>
        public const string Folding = "àa áa âa ãa äa åa çc èe ée êe ëe ìi íi îi ïi ñn òo óo ôo õo öo ùu úu ûu üu ýy ÿy āa ăa ąa ćc ĉc ċc čc ďd ēe ĕe ėe ęe ěe ĝg ğg ġg ģg ĥh ĩi īi ĭi įi ĳij ĵj ķk ĺl ļl ľl ńn ņn ňn ŉʼn ōo ŏo őo ŕr ŗr řr śs ŝs şs šs ţt ťt ũu ūu ŭu ůu űu ųu ŵw ŷy źz żz žz ſs ơo ưu ǆdz ǉlj ǌnj ǎa ǐi ǒo ǔu ǖu ǘu ǚu ǜu ǟa ǡa ǣæ ǧg ǩk ǫo ǭo ǯʒ ǰj ǳdz ǵg ǹn ǻa ǽæ ǿø ȁa ȃa ȅe ȇe ȉi ȋi ȍo ȏo ȑr ȓr ȕu ȗu șs țt ȟh ȧa ȩe ȫo ȭo ȯo ȱo ȳy ḁa ḃb ḅb ḇb ḉc ḋd ḍd ḏd ḑd ḓd ḕe ḗe ḙe ḛe ḝe ḟf ḡg ḣh ḥh ḧh ḩh ḫh ḭi ḯi ḱk ḳk ḵk ḷl ḹl ḻl ḽl ḿm ṁm ṃm ṅn ṇn ṉn ṋn ṍo ṏo ṑo ṓo ṕp ṗp ṙr ṛr ṝr ṟr ṡs ṣs ṥs ṧs ṩs ṫt ṭt ṯt ṱt ṳu ṵu ṷu ṹu ṻu ṽv ṿv ẁw ẃw ẅw ẇw ẉw ẋx ẍx ẏy ẑz ẓz ẕz ẖh ẗt ẘw ẙy ẚaʾ ẛs ạa ảa ấa ầa ẩa ẫa ậa ắa ằa ẳa ẵa ặa ẹe ẻe ẽe ếe ềe ểe ễe ệe ỉi ịi ọo ỏo ốo ồo ổo ỗo ộo ớo ờo ởo ỡo ợo ụu ủu ứu ừu ửu ữu ựu ỳy ỵy ỷy ỹy ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬅst ﬆst ０0 １1 ２2 ３3 ４4 ５5 ６6 ７7 ８8 ９9 ａa ｂb ｃc ｄd ｅe ｆf ｇg ｈh ｉi ｊj ｋk ｌl ｍm ｎn ｏo ｐp ｑq ｒr ｓs ｔt ｕu ｖv ｗw ｘx ｙy ｚz ΐι άα έε ήη ίι ΰυ ϊι ϋυ όο ύυ ώω ςσ İi";

        private static readonly Dictionary<char, string> Folds = Folding.Split(' ').ToDictionary(e => e[0], e => e.Substring(1));

        /// <summary>The letters <paramref name="lower"/> (a lower-case letter) is folded to, when <see cref="Folding"/> has it.</summary>
        public static bool TryFold(char lower, out string folded) => Folds.TryGetValue(lower, out folded!);

        /// <summary>Lower case and folded (<see cref="Folding"/>); surrogates, never letters of a key, are dropped.</summary>
        private static string Decompose(string value)
        {
            var folded = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!char.IsSurrogate(c))
                {
                    var lower = char.ToLowerInvariant(c);
                    folded.Append(TryFold(lower, out var letters) ? letters : lower.ToString());
                }
            }

            return folded.ToString();
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
