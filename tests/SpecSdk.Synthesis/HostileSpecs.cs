using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecSdk.Synthesis;

/// <summary>A spec file built to make a reader slow: its name, and its text.</summary>
public sealed record HostileSpec(string Name, string Text)
{
    /// <summary>The name, as test and benchmark reports show the file.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// Spec files shaped to find work that grows faster than the input: many headings, deep nesting of every kind the
/// format has, huge lines, lists, front matter and pay plans. Each class file is a valid class header followed by the
/// hostile part, so the reader gets past the front matter; the jurisdiction files' hostile part is their pay plans.
/// For the reader's tests (a located diagnostic, no exception) and its benchmark (each read well under a second).
/// </summary>
public static class HostileSpecs
{
    private const string Header = "---\nkind: class\njurisdiction: ky\ntitle: Hostile\ncode: X1\n---\n\n";

    /// <summary>Every hostile file, by name.</summary>
    public static IReadOnlyList<HostileSpec> All { get; } = new[]
    {
        new HostileSpec("100,000 headings", Header + Lines(100_000, i => $"## Heading {i}\n\ntext\n")),
        new HostileSpec("50,000 headings with one id", Header + Lines(50_000, _ => "## Duties {#duties}\n")),
        new HostileSpec("100,000 subsections", Header + "## Duties\n\n" + Lines(100_000, i => $"### Part {i}\n")),
        new HostileSpec("1,800 list levels by indentation", Header + "## Duties\n\n" + Lines(1_800, i => new string(' ', 2 * i) + "- x\n")),
        new HostileSpec("1,800 list markers on a line", Header + "## Duties\n\n" + Repeat("- ", 1_800) + "x\n"),
        new HostileSpec("100,000 block quote levels", Header + "## Duties\n\n" + new string('>', 100_000) + " x\n"),
        new HostileSpec("100,000 ordered list levels", Header + "## Duties\n\n" + Repeat("1. ", 100_000) + "x\n"),
        new HostileSpec("200,000 list items", Header + "## Duties\n\n" + Lines(200_000, i => $"- item {i}\n")),
        new HostileSpec("100,000 paragraphs saying OR", Header + "## Minimum Qualifications {#minimum-qualifications}\n\n" + Lines(100_000, _ => "OR\n\n")),
        new HostileSpec("a 3 MB line", Header + "## Duties\n\n" + Repeat("word ", 600_000) + "\n"),
        new HostileSpec("a 3 MB heading", Header + "## " + Repeat("word ", 600_000) + "\n"),
        new HostileSpec("100,000 YAML brackets", "---\nkind: class\ntitle: " + new string('[', 100_000) + "\n---\n"),
        new HostileSpec("3,000 YAML block levels", "---\nkind: class\n" + Lines(3_000, i => new string(' ', i) + "a:\n") + "---\n"),
        new HostileSpec("50,000 front matter fields", "---\nkind: class\n" + Lines(50_000, i => $"field{i}: x\n") + "---\n"),
        new HostileSpec("YAML aliases of aliases", "---\nkind: class\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + Lines(20, i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]\n") + "---\n"),
        new HostileSpec("100,000 unclosed emphasis marks", Header + "## Duties\n\n" + Repeat("*_`[", 100_000) + "\n"),
        new HostileSpec("20,000 pay plans", "---\nkind: jurisdiction\nkey: t\nname: T\npay-plans:\n" + Lines(20_000, i => $"  - key: p{i}\n    name: Plan {i}\n    grades:\n      - grade: \"1\"\n        hourly: {{ minimum: 10.00 }}\n") + "---\n"),
        new HostileSpec("two versions of 40,000 grades", "---\nkind: jurisdiction\nkey: t\nname: T\npay-plans:\n  - key: p\n    name: P\n    versions:\n"
            + string.Concat(new[] { "2024-07-01", "2025-07-01" }.Select(date => $"      - effective: {date}\n        grades:\n" + Lines(40_000, i => $"          - grade: \"{i}\"\n"))) + "---\n"),
    };

    private static string Lines(int count, Func<int, string> line)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(line(i));
        }

        return builder.ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
