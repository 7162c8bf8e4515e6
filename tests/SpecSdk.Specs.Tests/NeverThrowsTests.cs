using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>Random and mutated input gives diagnostics, never an exception, and every location lies inside the file.</summary>
public class NeverThrowsTests
{
    private static readonly string[] SeedTexts = Directory
        .GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly Gen<string> Mutated = Mutations.Of(SeedTexts);

    [Fact]
    public void Random_text_never_throws() =>
        Gen.String[Gen.Char[Mutations.Significant + "abcxyz019"], 0, 400].Select(body => "---\n" + body).Sample(Readable.Assert, iter: 3000);

    [Fact]
    public void Mutated_seeds_never_throw() => Mutated.Sample(Readable.Assert, iter: 3000);

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
}
