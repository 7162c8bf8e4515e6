using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace SpecSdk.Synthesis;

/// <summary>
/// Random edits of real inputs, for fuzzing: a text from a corpus with characters cut, snippets that matter to
/// YAML and Markdown inserted, and lines swapped. CsCheck shrinks a failing case to a small one.
/// </summary>
public static class Mutations
{
    /// <summary>Characters with a meaning in YAML, Markdown or text handling, and a few that are simply unusual.</summary>
    public const string Significant = "-:[]{}#*&!|>'\"%@`,?~\n\r\t {#}\\\u00A0\uFEFF\uFFFD\u2028é漢\U0001F600";

    /// <summary>Runs of significant characters, and fragments of the format.</summary>
    public static Gen<string> Snippet { get; } = Gen.OneOf<string>(
        Gen.String[Gen.Char[Significant], 1, 8],
        Gen.OneOf<string>("---\n", "\n## ", "\n### ", "- ", "title: ", "kind: series\n", "kind: jurisdiction\n", "OR\n", "{#x}", "*a", "&a ", "!!binary ", "? ", "|\n  ", ">-\n  "));

    /// <summary>A text of <paramref name="corpus"/> with one to six random edits.</summary>
    public static Gen<string> Of(IReadOnlyList<string> corpus) =>
        Gen.Select(Gen.Int[0, corpus.Count - 1], Gen.Int[1, 6].SelectMany(n => Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Double[0, 1], Snippet).Array[n]))
            .Select((index, edits) => edits.Aggregate(corpus[index], (text, edit) => Apply(text, edit.Item1, edit.Item2, edit.Item3, edit.Item4)));

    private static string Apply(string text, int kind, double at, double span, string snippet)
    {
        var start = (int)(at * text.Length);
        var length = Math.Min(text.Length - start, (int)(span * 40));
        return kind switch
        {
            0 => text.Remove(start, length),
            1 => text.Insert(start, snippet),
            _ => SwapLines(text, start, (int)(span * text.Length)),
        };
    }

    private static string SwapLines(string text, int a, int b)
    {
        var lines = text.Split('\n');
        var i = Math.Min(lines.Length - 1, a * lines.Length / Math.Max(1, text.Length));
        var j = Math.Min(lines.Length - 1, b * lines.Length / Math.Max(1, text.Length));
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return string.Join("\n", lines);
    }
}
