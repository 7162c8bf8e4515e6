using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SpecSdk.Specs;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// Reading and validating a folder of synthesized specs, as <c>specsdk validate</c> and the handbook build do:
/// files from disk, read in parallel, joined by the catalog rules. Server GC without background collection, as the
/// specsdk tool runs: a load keeps a large model alive while it allocates, and workstation GC spends a third of the
/// time promoting it.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GcConcurrent(false)]
public class ReadBenchmarks
{
    private string folder = string.Empty;
    private IReadOnlyList<SynthesizedFile> files = Array.Empty<SynthesizedFile>();

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        files = SpecSynthesizer.Create(Classes);
        folder = BenchmarkFolders.Fresh("specsdk-bench-" + Classes);

        SpecSynthesizer.WriteTo(folder, Classes);
        var check = SpecLoader.LoadDirectory(folder);
        if (check.Diagnostics.Count != 0 || check.Catalog.Classes.Count != Classes)
        {
            throw new InvalidOperationException("The synthesized specs do not read cleanly: " + check.Diagnostics.FirstOrDefault());
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>The whole job: enumerate, read from disk in parallel, validate, build the catalog.</summary>
    [Benchmark]
    public int LoadDirectory() => SpecLoader.LoadDirectory(folder).Catalog.Classes.Count;

    /// <summary>One core's share: parse and validate each file in turn from memory, then the catalog rules.</summary>
    [Benchmark]
    public int ReadSequentiallyFromMemory() => SpecLoader.Load(files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog.Classes.Count;
}
