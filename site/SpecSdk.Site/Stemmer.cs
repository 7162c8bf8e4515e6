using System;
using System.Collections.Generic;
using System.Text;

namespace SpecSdk.Site;

/// <summary>
/// The English stemmer of Snowball, Porter2 (https://snowballstem.org/algorithms/english/stemmer.html): "supervises",
/// "supervised" and "supervising" all become "supervis", so search finds each by the others. The handbook's page does
/// the same in site.js (<c>specsdkSearch.stem</c>), and a test holds the two to Snowball's own vocabulary.
/// </summary>
internal static class Stemmer
{
    /// <summary>Words with a stem of their own, and words left as they are (the value null).</summary>
    private static readonly Dictionary<string, string?> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["idly"] = "idl", ["gently"] = "gentl",
        ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = null, ["news"] = null, ["howe"] = null, ["atlas"] = null, ["cosmos"] = null, ["bias"] = null, ["andes"] = null,
    };

    /// <summary>Words left as they are once step 1a has taken a plural off.</summary>
    private static readonly HashSet<string> AfterStep1a = new(StringComparer.Ordinal) { "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed" };

    /// <summary>Beginnings whose R1 starts after them, not after the first vowel and consonant.</summary>
    private static readonly string[] Prefixes = { "gener", "commun", "arsen" };

    private static readonly string[] Step1aSuffixes = { "sses", "ied", "ies", "s", "us", "ss" };

    private static readonly string[] Step1bSuffixes = { "eed", "eedly", "ed", "edly", "ing", "ingly" };

    private static readonly (string Suffix, string By)[] Step2 =
    {
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"), ("ization", "ize"),
        ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"),
        ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"),
        ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    };

    private static readonly (string Suffix, string By)[] Step3 =
    {
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
    };

    private static readonly string[] Step4 = { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion" };

    /// <summary>
    /// The stem of <paramref name="word"/>, a word in lower case letters a to z; any other word (with a digit, an accent
    /// or another script) is returned as it is, as is a word of one or two letters.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length < 3 || !IsPlain(word))
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception ?? word;
        }

        var w = new StringBuilder(word);
        MarkY(w);
        var (p1, p2) = Regions(w);
        Step1a(w);
        if (!AfterStep1a.Contains(w.ToString()))
        {
            Step1b(w, p1);
            Step1c(w);
            Replace(w, Step2, p1, (at, suffix) => suffix switch
            {
                "ogi" => at > 0 && w[at - 1] == 'l',
                "li" => at > 0 && "cdeghkmnrt".IndexOf(w[at - 1]) >= 0,
                _ => true,
            });
            Replace(w, Step3, p1, (at, suffix) => suffix != "ative" || at >= p2);
            Step4Delete(w, p2);
            Step5(w, p1, p2);
        }

        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsPlain(string word)
    {
        foreach (var c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A y that starts the word or follows a vowel is a consonant: written Y until the end.</summary>
    private static void MarkY(StringBuilder w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
        }
    }

    /// <summary>Where R1 and R2 start: each after the first consonant that follows a vowel, R2 counted from R1.</summary>
    private static (int P1, int P2) Regions(StringBuilder w)
    {
        var text = w.ToString();
        var p1 = -1;
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                p1 = prefix.Length;
            }
        }

        if (p1 < 0)
        {
            p1 = PastVowelAndConsonant(w, 0);
        }

        return (p1, PastVowelAndConsonant(w, p1));
    }

    private static int PastVowelAndConsonant(StringBuilder w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return i < w.Length ? i + 1 : w.Length;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, or null.</summary>
    private static string? Longest(StringBuilder w, IEnumerable<string> suffixes)
    {
        string? found = null;
        foreach (var suffix in suffixes)
        {
            if ((found is null || suffix.Length > found.Length) && EndsWith(w, suffix))
            {
                found = suffix;
            }
        }

        return found;
    }

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word up to <paramref name="end"/> ends in a short syllable: a consonant (not w, x or Y) after a vowel
    /// after a consonant, or a consonant after a vowel that starts the word.
    /// </summary>
    private static bool EndsShort(StringBuilder w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }

        return end == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }

    /// <summary>Plurals: sses to ss, ied and ies to i (ie after one letter), s dropped after a part with a vowel before its last letter.</summary>
    private static void Step1a(StringBuilder w)
    {
        switch (Longest(w, Step1aSuffixes))
        {
            case "sses":
                w.Length -= 2;
                break;
            case "ied" or "ies":
                w.Length -= w.Length > 4 ? 2 : 1;
                break;
            case "s" when HasVowel(w, w.Length - 2):
                w.Length -= 1;
                break;
        }
    }

    /// <summary>eed to ee in R1; ed, ing and their -ly forms dropped after a vowel, then at, bl, iz get an e back, a double consonant loses one, a short word gets an e.</summary>
    private static void Step1b(StringBuilder w, int p1)
    {
        var suffix = Longest(w, Step1bSuffixes);
        if (suffix is null)
        {
            return;
        }

        var at = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            if (at >= p1)
            {
                w.Length = at + 2;
            }

            return;
        }

        if (!HasVowel(w, at))
        {
            return;
        }

        w.Length = at;
        if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
        {
            w.Append('e');
        }
        else if (w.Length >= 2 && w[w.Length - 1] == w[w.Length - 2] && "bdfgmnprt".IndexOf(w[w.Length - 1]) >= 0)
        {
            w.Length -= 1;
        }
        else if (w.Length == p1 && EndsShort(w, w.Length))
        {
            w.Append('e');
        }
    }

    /// <summary>A final y or Y after a consonant that is not the first letter becomes i.</summary>
    private static void Step1c(StringBuilder w)
    {
        var last = w.Length - 1;
        if (last >= 2 && w[last] is 'y' or 'Y' && !IsVowel(w[last - 1]))
        {
            w[last] = 'i';
        }
    }

    /// <summary>Replaces the longest of <paramref name="rules"/>' suffixes the word ends with, when it is in R1 and <paramref name="allowed"/>.</summary>
    private static void Replace(StringBuilder w, (string Suffix, string By)[] rules, int p1, Func<int, string, bool> allowed)
    {
        var index = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if ((index < 0 || rules[i].Suffix.Length > rules[index].Suffix.Length) && EndsWith(w, rules[i].Suffix))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return;
        }

        var (suffix, by) = rules[index];
        var at = w.Length - suffix.Length;
        if (at >= p1 && allowed(at, suffix))
        {
            w.Length = at;
            w.Append(by);
        }
    }

    /// <summary>The longest of step 4's suffixes is dropped when it is in R2; ion only after s or t.</summary>
    private static void Step4Delete(StringBuilder w, int p2)
    {
        var suffix = Longest(w, Step4);
        if (suffix is null)
        {
            return;
        }

        var at = w.Length - suffix.Length;
        if (at >= p2 && (suffix != "ion" || (at > 0 && w[at - 1] is 's' or 't')))
        {
            w.Length = at;
        }
    }

    /// <summary>A final e goes in R2, or in R1 after no short syllable; a final l after l goes in R2.</summary>
    private static void Step5(StringBuilder w, int p1, int p2)
    {
        var last = w.Length - 1;
        if (last < 0)
        {
            return;
        }

        if (w[last] == 'e' && (last >= p2 || (last >= p1 && !EndsShort(w, last))))
        {
            w.Length = last;
        }
        else if (w[last] == 'l' && last >= p2 && last > 0 && w[last - 1] == 'l')
        {
            w.Length = last;
        }
    }
}
