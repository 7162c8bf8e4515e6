using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using SpecSdk.Import;
using SpecSdk.Testing;

namespace SpecSdk.Benchmarks;

/// <summary>
/// <c>specsdk import</c>'s work on N documents: the four seed originals, each copy given its own title and codes so
/// every one makes its own files; reading, layout detection, writing and reading every made file back (validation).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private IReadOnlyList<ImportInput> inputs = Array.Empty<ImportInput>();

    [Params(1_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var originals = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        inputs = Enumerable.Range(0, Documents).Select(i => new ImportInput($"doc{i}.txt", Encoding.UTF8.GetBytes(Vary(originals[i % originals.Length], i)))).ToList();
    }

    [Benchmark]
    public int Import() => Importer.Import(inputs).Files.Count;

    /// <summary>One copy of a seed with its own titles, codes and job number.</summary>
    private static string Vary(string text, int i)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        return text
            .Replace("PRODUCTION ", "PRODUCTION N" + n + " ", StringComparison.Ordinal)
            .Replace("CUSTOMER SUPPORT", "CUSTOMER SUPPORT N" + n, StringComparison.Ordinal)
            .Replace("Customer Support", "Customer Support N" + n, StringComparison.Ordinal)
            .Replace("Business Systems Coordinator\n", "Business Systems Coordinator N" + n + "\n", StringComparison.Ordinal)
            .Replace("V000101", "V" + n + "01", StringComparison.Ordinal)
            .Replace("G2C", "G" + n, StringComparison.Ordinal)
            .Replace("2000150", "3" + n + "0", StringComparison.Ordinal);
    }
}
