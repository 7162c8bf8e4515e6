using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecSdk.Generators;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// The source generator driven as the compiler drives it: a cold run over N spec files, a run with nothing changed,
/// and a run after one spec changed. Server GC, as the compiler server runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class GeneratorBenchmarks
{
    private CSharpCompilation compilation = null!;
    private AdditionalText[] files = Array.Empty<AdditionalText>();
    private GeneratorDriver warm = null!;
    private AdditionalText original = null!;
    private AdditionalText edited = null!;

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        files = SpecSynthesizer.Create(Classes).Select(f => (AdditionalText)new BenchmarkText("/project/specs/" + f.Path, f.Text)).ToArray();
        compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") }, Array.Empty<MetadataReference>());
        warm = NewDriver().RunGenerators(compilation);
        var generated = warm.GetRunResult();
        var instances = generated.GeneratedTrees.Sum(t => CountOf(t.ToString(), "JobClass Instance => "));
        if (generated.Diagnostics.Length != 0 || instances != Classes)
        {
            throw new InvalidOperationException("The generator did not run cleanly: " + generated.Diagnostics.FirstOrDefault());
        }

        original = files.First(f => f.Path.Contains("/classes/", StringComparison.Ordinal));
        edited = new BenchmarkText(original.Path, original.GetText()!.ToString() + "\nOne more sentence of the last section.\n");
    }

    /// <summary>A first run over texts the generator has not seen: new <see cref="SourceText"/>s, as a new compiler process has.</summary>
    [Benchmark]
    public GeneratorDriver Cold() => NewDriver(files.Select(f => (AdditionalText)new BenchmarkText(f.Path, f.GetText()!.ToString())).ToArray()).RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver NothingChanged() => warm.RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver OneFileChanged() => warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private GeneratorDriver NewDriver() => NewDriver(files);

    private GeneratorDriver NewDriver(AdditionalText[] texts) => CSharpGeneratorDriver.Create(
        new[] { new SpecGenerator().AsSourceGenerator() },
        texts,
        new CSharpParseOptions(LanguageVersion.Latest),
        new BenchmarkOptions("/project/"));
}
