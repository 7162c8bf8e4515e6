using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpecSdk.Import;
using SpecSdk.Testing;

namespace SpecSdk.Benchmarks;

/// <summary>
/// <c>specsdk import</c>'s work on N documents: the four seed originals, each copy given its own title and codes so
/// every one makes its own files; reading, layout detection, writing and reading every made file back (validation).
/// As text exports, as the PDFs the import tests make of them (<see cref="TestPdf"/>, 3 to 7 pages each) and as PDFs of
/// two pages each (the same text in smaller type, the bound's case), side by side: the difference is the cost of
/// reading PDFs. Server GC, not concurrent, as the tool runs.
/// </summary>
[GcServer(true)]
[GcConcurrent(false)]
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
        inputs = Make(Format, Documents);
        var result = Importer.Import(inputs);
        if (result.HasErrors || result.Inputs.Any(i => i.Outputs.Count == 0))
        {
            throw new InvalidOperationException("The documents do not import cleanly: " + result.Diagnostics.Concat(result.Validation).FirstOrDefault());
        }
    }

    [Benchmark]
    public int Import() => Importer.Import(inputs).Files.Count;

    /// <summary><paramref name="count"/> copies of the seed originals in <paramref name="format"/> ("txt", "pdf" or "pdf-2-pages"), each its own class.</summary>
    public static IReadOnlyList<ImportInput> Make(string format, int count)
    {
        var originals = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        return Enumerable.Range(0, count)
            .Select(i => (Name: $"doc{i}.{(format == "txt" ? "txt" : "pdf")}", Text: Vary(originals[i % originals.Length], i)))
            .Select(d => new ImportInput(d.Name, format switch
            {
                "pdf" => TestPdf.Of(d.Text, seed: d.Name.Length),
                "pdf-2-pages" => TestPdf.Of(d.Text, seed: d.Name.Length, pages: 2),
                _ => Encoding.UTF8.GetBytes(d.Text),
            }))
            .ToList();
    }

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

/// <summary>
/// <c>specsdk import FOLDER -o OUT</c> as a user runs it: a new process each time, so the figure includes process
/// start, runtime load, compiling the tool's and PdfPig's code, and writing the spec files; 1,000 documents as two-page
/// PDFs against the same documents as text exports.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportProcessBenchmarks
{
    private string root = string.Empty;

    [Params(1_000)]
    public int Documents { get; set; }

    [Params("txt", "pdf-2-pages")]
    public string Format { get; set; } = "txt";

    private string Input => Path.Combine(root, "in");

    private string Output => Path.Combine(root, "out");

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh($"specsdk-import-bench-{Format}-{Documents}");
        Directory.CreateDirectory(Input);
        foreach (var document in ImportBenchmarks.Make(Format, Documents))
        {
            File.WriteAllBytes(Path.Combine(Input, document.Path), document.Bytes);
        }
    }

    [IterationSetup]
    public void RemoveOutput()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public int Import()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "specsdk.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(Input);
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(Output);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !output.Contains($"Imported {Documents} document(s)", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("specsdk import failed: " + output + error.Result);
        }

        return Directory.GetFiles(Output, "*.md", SearchOption.AllDirectories).Length;
    }
}
