using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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
        files = SpecSynthesizer.Create(Classes).Select(f => (AdditionalText)new SpecText("/project/specs/" + f.Path, f.Text)).ToArray();
        compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") }, Array.Empty<MetadataReference>());
        warm = NewDriver().RunGenerators(compilation);
        var generated = warm.GetRunResult();
        var instances = generated.GeneratedTrees.Sum(t => CountOf(t.ToString(), "JobClass Instance { get; }"));
        if (generated.Diagnostics.Length != 0 || instances != Classes)
        {
            throw new InvalidOperationException("The generator did not run cleanly: " + generated.Diagnostics.FirstOrDefault());
        }

        original = files.First(f => f.Path.Contains("/classes/", StringComparison.Ordinal));
        edited = new SpecText(original.Path, original.GetText()!.ToString().Replace("Handles vendor negotiations.", "Handles vendor negotiations and contracts.", StringComparison.Ordinal));
    }

    [Benchmark]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(compilation);

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

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new SpecGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        new Options());

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Spec = new Values(new Dictionary<string, string> { [SpecGenerator.KindMetadata] = "JobSpec" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench", ["build_property.ProjectDir"] = "/project/" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Spec;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Values Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
