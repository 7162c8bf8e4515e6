using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// The embedded catalog at run time, as a program meets it: opened from its bytes (as the assembly's resource
/// stream gives them) and asked for one class by code, whose full record it decodes; against decoding every class,
/// which is what a catalog that is not read on demand would cost.
/// </summary>
[MemoryDiagnoser]
public class CatalogDataBenchmarks
{
    private byte[] bytes = System.Array.Empty<byte>();
    private string code = string.Empty;

    [Params(10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalog = SpecLoader.Load(SpecSynthesizer.Create(Classes).Select(f => SpecReader.Read(f.Path, f.Text)).ToList()).Catalog;
        using var stream = new MemoryStream();
        CatalogData.Write(catalog, stream);
        bytes = stream.ToArray();
        code = catalog.Classes.Skip(Classes / 2).First(c => c.Code is not null).Code!;
    }

    /// <summary>What a first <c>JobCatalog.TryGetByCode</c> does: open the catalog, find the code, decode that class.</summary>
    [Benchmark]
    public int OpenAndFindByCode()
    {
        CatalogData.Open(new MemoryStream(bytes, writable: false)).TryGetByCode(code, out var jobClass);
        return jobClass!.Sections.Count;
    }

    [Benchmark(Baseline = true)]
    public int DecodeEveryClass() => CatalogData.Open(new MemoryStream(bytes, writable: false)).Classes.Sum(c => c.Sections.Count);
}
