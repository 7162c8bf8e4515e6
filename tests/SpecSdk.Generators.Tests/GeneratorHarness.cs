using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecSdk.Testing;

namespace SpecSdk.Generators.Tests;

/// <summary>A spec file handed to the generator as an AdditionalFile.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

/// <summary>Runs the generator the way the compiler does: spec files as AdditionalFiles marked by the SpecSdk props.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll" or "System.Console.dll" or "System.Linq.dll")
            .Append(typeof(SpecSdk.Model.JobClass).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    });

    public static IEnumerable<AdditionalText> Seeds()
    {
        var root = TestRepository.Path("seeds");
        return Directory.GetFiles(root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(ProjectDirectory + "specs/" + Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
    }

    public static IEnumerable<AdditionalText> Files(params (string Path, string Text)[] files) =>
        files.Select(f => new InMemoryAdditionalText(ProjectDirectory + f.Path, f.Text));

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? ns = "Consumer.Jobs") =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options(ns),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> files, params string[] sources)
    {
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    private sealed class Options(string? ns) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Spec = new Values(new() { [SpecGenerator.KindMetadata] = "JobSpec" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ns is null
            ? new() { ["build_property.ProjectDir"] = ProjectDirectory }
            : new() { ["build_property.RootNamespace"] = ns, ["build_property.ProjectDir"] = ProjectDirectory });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path.EndsWith(".md", StringComparison.Ordinal) ? Spec : Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Values Empty { get; } = new(new());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
