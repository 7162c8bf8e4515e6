using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecSdk.Generators;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Benchmarks;

/// <summary>
/// What the generator adds to a build: `dotnet build --no-incremental` of a library whose types come from N spec
/// files through the generator, against the same library with the generated code checked in as plain C#. Both
/// builds run the compiler server and MSBuild as a user's build does; the ratio of the two means is the overhead.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class BuildOverheadBenchmarks
{
    private string root = string.Empty;

    [Params(1_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-build-overhead-" + Classes);

        var files = SpecSynthesizer.Create(Classes);
        var generated = Path.Combine(root, "Generated");
        var withGenerator = Path.Combine(root, "WithGenerator");
        foreach (var file in files)
        {
            var path = Path.Combine(withGenerator, "specs", file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        // The checked-in variant: exactly what the generator produces for the same files.
        var driver = CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new BenchmarkText(Path.Combine(withGenerator, "specs", f.Path), f.Text)),
            new CSharpParseOptions(LanguageVersion.Latest),
            new BenchmarkOptions(withGenerator + "/"));
        var result = driver.RunGenerators(CSharpCompilation.Create("Bench")).GetRunResult();
        Directory.CreateDirectory(Path.Combine(generated, "Generated"));
        foreach (var source in result.Results.Single().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(generated, "Generated", source.HintName), source.SourceText.ToString());
        }

        var bin = AppContext.BaseDirectory;
        var model = Path.Combine(bin, "SpecSdk.Model.dll");
        var analyzers = string.Concat(new[] { "SpecSdk.Generators.dll", "SpecSdk.Specs.dll", "SpecSdk.Model.dll", "YamlDotNet.dll", "Markdig.dll" }
            .Select(dll => $"<Analyzer Include=\"{Path.Combine(bin, dll)}\" />"));
        var package = TestRepository.Path("src", "SpecSdk", "buildTransitive");
        WriteProject(withGenerator, $"<Import Project=\"{package}/SpecSdk.props\" />", $"<Reference Include=\"{model}\" />{analyzers}", $"<Import Project=\"{package}/SpecSdk.targets\" />");
        WriteProject(generated, string.Empty, $"<Reference Include=\"{model}\" />", string.Empty);
        foreach (var project in new[] { withGenerator, generated })
        {
            Run(project, "restore");
            Run(project, "build", "--no-restore", "-c", "Release");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark(Baseline = true)]
    public void CheckedInSource() => Run(Path.Combine(root, "Generated"), "build", "--no-restore", "--no-incremental", "-c", "Release");

    [Benchmark]
    public void WithGenerator() => Run(Path.Combine(root, "WithGenerator"), "build", "--no-restore", "--no-incremental", "-c", "Release");

    private static void WriteProject(string directory, string before, string items, string after)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {before}
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Bench</RootNamespace>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
              {after}
            </Project>
            """);
    }

    private static void Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(" ", arguments)} failed in {directory}:\n{output}");
        }
    }
}
