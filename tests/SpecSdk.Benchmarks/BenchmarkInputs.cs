using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecSdk.Generators;

namespace SpecSdk.Benchmarks;

/// <summary>A spec file as the compiler hands it to the generator.</summary>
internal sealed class BenchmarkText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

/// <summary>The build properties and item metadata the SpecSdk props make visible to the generator.</summary>
internal sealed class BenchmarkOptions(string projectDirectory) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Spec = new Values(new Dictionary<string, string> { [SpecGenerator.KindMetadata] = "JobSpec" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.ProjectDir"] = projectDirectory,
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Spec;

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Values Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The benchmarks' scratch folders.</summary>
internal static class BenchmarkFolders
{
    /// <summary>An empty folder <paramref name="name"/> in the temp folder; what an earlier run left there is deleted.</summary>
    public static string Fresh(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }
}
