using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SpecSdk.Specs;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// Reading each of the hostile spec files (<see cref="HostileSpecs"/>): many headings, deep nesting, huge lines and
/// front matter. Each must stay well under a second; the seed class beside them is the floor, a real spec's cost.
/// </summary>
[MemoryDiagnoser]
public class HostileReadBenchmarks
{
    public static IEnumerable<HostileSpec> Files()
    {
        yield return new HostileSpec("a seed class (the floor)", System.IO.File.ReadAllText(SpecSdk.Testing.TestRepository.Path("seeds", "kentucky", "production-coordinator.md")));
        foreach (var file in HostileSpecs.All)
        {
            yield return file;
        }
    }

    [ParamsSource(nameof(Files))]
    public HostileSpec File { get; set; } = HostileSpecs.All[0];

    [Benchmark]
    public int Read() => SpecReader.Read("hostile.md", File.Text).Diagnostics.Count;
}
