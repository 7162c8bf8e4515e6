using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>Random and mutated input gives diagnostics, never an exception, and every location lies inside the file.</summary>
public class NeverThrowsTests
{
    private const string Significant = "-:[]{}#*&!|>'\"%@`,?~\n\r\t {#}\\\u00A0\uFEFF\uFFFD\u2028é漢\U0001F600";

    private static readonly string[] SeedTexts = Directory
        .GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly Gen<string> Snippet = Gen.OneOf<string>(
        Gen.String[Gen.Char[Significant], 1, 8],
        Gen.OneOf<string>("---\n", "\n## ", "\n### ", "- ", "title: ", "kind: series\n", "kind: jurisdiction\n", "OR\n", "{#x}", "*a", "&a ", "!!binary ", "? ", "|\n  ", ">-\n  "));

    /// <summary>A seed file with random cuts, insertions and line swaps.</summary>
    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, SeedTexts.Length - 1], Gen.Int[1, 6].SelectMany(n => Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Double[0, 1], Snippet).Array[n]))
            .Select((seed, edits) => edits.Aggregate(SeedTexts[seed], (text, edit) => Apply(text, edit.Item1, edit.Item2, edit.Item3, edit.Item4)));

    [Fact]
    public void Random_text_never_throws() =>
        Gen.String[Gen.Char[Significant + "abcxyz019"], 0, 400].Select(body => "---\n" + body).Sample(AssertReadable, iter: 3000);

    [Fact]
    public void Mutated_seeds_never_throw() => Mutated.Sample(AssertReadable, iter: 3000);

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 300].Sample(
            bytes =>
            {
                var file = SpecReader.Read("random.md", bytes);
                Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
                Assert.NotEmpty(file.Diagnostics);
            },
            iter: 3000);

    [Fact]
    public void Catalog_rules_never_throw_on_mutated_sets() =>
        Mutated.Array[1, 8].Sample(
            texts =>
            {
                var files = SeedTexts.Select((t, i) => SpecReader.Read($"seed{i}.md", t))
                    .Concat(texts.Select((t, i) => SpecReader.Read($"mutated{i}.md", t)))
                    .ToList();
                var result = SpecLoader.Load(files);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
            },
            iter: 300);

    [Theory]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Deep_nesting_is_a_diagnostic(int depth)
    {
        foreach (var text in new[]
        {
            "---\ntitle: " + new string('[', depth) + "\n---\n",
            "---\ntitle: x\n---\n## A\n\n" + new string('>', depth) + " quote\n",
            "---\ntitle: x\n---\n## A\n\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "item\n",
        })
        {
            var file = SpecReader.Read("deep.md", text);
            Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
            Assert.Contains(file.Diagnostics, d => d.Severity == SpecSeverity.Error);
        }
    }

    private static void AssertReadable(string text)
    {
        var file = SpecReader.Read("fuzz.md", text);
        Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        foreach (var diagnostic in file.Diagnostics)
        {
            var location = diagnostic.Location;
            Assert.InRange(location.Start, 0, text.Length);
            Assert.InRange(location.Start + location.Length, location.Start, text.Length);
            Assert.True(location.EndLine > location.StartLine || (location.EndLine == location.StartLine && location.EndColumn >= location.StartColumn));
        }
    }

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
