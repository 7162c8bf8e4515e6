using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpecSdk.Model;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// Writing the handbook for N synthesized classes from a catalog already read: every page, the search index,
/// exports and the spec files, into a new folder. Compare with Hugo building as many Markdown pages (docs/handbook.md
/// says how). Server GC, non-concurrent, as the specsdk tool runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GcConcurrent(false)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SiteBenchmarks
{
    private string root = string.Empty;
    private CatalogIndex catalog = new(new Catalog());
    private int build;

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-site-bench-" + Classes);

        SpecSynthesizer.WriteTo(Path.Combine(root, "specs"), Classes);
        var load = SpecLoader.LoadDirectory(Path.Combine(root, "specs"));
        if (load.HasErrors || load.Catalog.Classes.Count != Classes)
        {
            throw new InvalidOperationException("The synthesized specs do not read cleanly.");
        }

        catalog = load.Index;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public SiteResult BuildSite() => SiteBuilder.Build(catalog, new SiteOptions
    {
        OutputDirectory = Path.Combine(root, "site-" + build++),
        SpecDirectory = Path.Combine(root, "specs"),
    });
}
