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
/// As text exports, as the PDFs the import tests make of them (<see cref="TestPdf"/>, 3 to 7 pages each) and as PDFs of
/// two pages each (the same text in smaller type, the bound's case), side by side: the difference is the cost of
/// reading PDFs.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private IReadOnlyList<ImportInput> inputs = Array.Empty<ImportInput>();

    [Params(1_000)]
    public int Documents { get; set; }

    [Params("txt", "pdf", "pdf-2-pages")]
    public string Format { get; set; } = "txt";

    [GlobalSetup]
    public void Setup()
    {
        var originals = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        inputs = Enumerable.Range(0, Documents)
            .Select(i => (Name: $"doc{i}.{(Format == "txt" ? "txt" : "pdf")}", Text: Vary(originals[i % originals.Length], i)))
            .Select(d => new ImportInput(d.Name, Format switch
            {
                "pdf" => TestPdf.Of(d.Text, seed: d.Name.Length),
                "pdf-2-pages" => TestPdf.Of(d.Text, seed: d.Name.Length, pages: 2),
                _ => Encoding.UTF8.GetBytes(d.Text),
            }))
            .ToList();
        var result = Importer.Import(inputs);
        if (result.HasErrors || result.Inputs.Any(i => i.Outputs.Count == 0))
        {
            throw new InvalidOperationException("The documents do not import cleanly: " + result.Diagnostics.Concat(result.Validation).FirstOrDefault());
        }
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
            .Replace("2000150", "3" + n + "0", StringComparison.Ordinal)
            .Replace("20001499", "4" + n + "99", StringComparison.Ordinal);
    }
}
