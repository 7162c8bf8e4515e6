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
using SpecSdk.Generators;
using Xunit;

namespace SpecSdk.Testing;

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

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(LanguageVersion.Latest, sources);

    public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(version), path: $"Source{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? ns = "Consumer.Jobs", LanguageVersion version = LanguageVersion.Latest, string? emit = null, string? payAsOf = null, bool compiledTypes = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(version),
            new Options(ns, emit, payAsOf, compiledTypes),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> files, params string[] sources)
    {
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>
    /// Emits <paramref name="compilation"/> with the catalog of <paramref name="files"/> embedded as the package's build
    /// task embeds it, and loads the assembly.
    /// </summary>
    public static System.Reflection.Assembly Load(Compilation compilation, IEnumerable<AdditionalText> files)
    {
        var read = files.Select(f => SpecSdk.Specs.SpecReader.Read(SpecSdk.Specs.Projects.ProjectSpecs.PathOf(ProjectDirectory, f.Path), f.GetText()!.ToString())).ToList();
        var catalog = new MemoryStream();
        SpecSdk.Model.CatalogData.Write(SpecSdk.Specs.SpecLoader.Load(read).Catalog, catalog);
        var resource = new ResourceDescription(SpecSdk.Model.CatalogData.ResourceName, () => new MemoryStream(catalog.ToArray()), isPublic: true);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: new[] { resource });
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    private sealed class Options(string? ns, string? emit, string? payAsOf, bool compiledTypes) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Spec = new Values(new() { [SpecGenerator.KindMetadata] = "JobSpec" });
        private static readonly AnalyzerConfigOptions Found = new Values(new() { [SpecGenerator.KindMetadata] = "Diagnostics" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(Global(ns, emit, payAsOf, compiledTypes));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        private static Dictionary<string, string> Global(string? ns, string? emit, string? payAsOf, bool compiledTypes)
        {
            var values = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDirectory };
            if (compiledTypes)
            {
                values["build_property." + SpecGenerator.CompiledTypesProperty] = "true";
            }

            if (ns is not null)
            {
                values["build_property.RootNamespace"] = ns;
            }

            if (emit is not null)
            {
                values["build_property." + SpecSdk.Specs.Projects.EmitModes.Property] = emit;
            }

            if (payAsOf is not null)
            {
                values["build_property." + SpecGenerator.PayAsOfProperty] = payAsOf;
            }

            return values;
        }

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".md", StringComparison.Ordinal) ? Spec : textFile.Path.EndsWith(".diagnostics", StringComparison.Ordinal) ? Found : Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Values Empty { get; } = new(new());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
