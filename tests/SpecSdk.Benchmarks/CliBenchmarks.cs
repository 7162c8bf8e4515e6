using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpecSdk.Cli.Serve;
using SpecSdk.Model;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// <c>specsdk validate DIR</c> as CI runs it: a new process each time, so the figure includes process start,
/// runtime load and JIT, on N synthesized spec files.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 8)]
public class ValidateProcessBenchmarks
{
    private string root = string.Empty;

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-validate-bench-" + Classes);

        SpecSynthesizer.WriteTo(root, Classes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public int Validate()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "specsdk.dll"));
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(root);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !output.Contains($"{Classes} job classes; 0 error(s)", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("specsdk validate failed: " + output);
        }

        return process.ExitCode;
    }
}

/// <summary>
/// <c>specsdk serve</c> after a save: one spec of N is edited, the site re-reads it, joins the catalog again and
/// renders the edited class's page — what the browser receives when it reloads. Server GC as the tool runs.
/// </summary>
[GcServer(true)]
[GcConcurrent(false)]
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ServeBenchmarks
{
    private string root = string.Empty;
    private LiveSite site = null!;
    private JobClass edited = new();
    private string editedPath = string.Empty;
    private string original = string.Empty;
    private int edits;

    [Params(1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-serve-bench-" + Classes);

        SpecSynthesizer.WriteTo(root, Classes);
        site = new LiveSite(root, themeDirectory: null);
        edited = site.Current.Load.Catalog.Classes[Classes / 2];
        editedPath = Path.Combine(root, edited.SourcePath);
        original = File.ReadAllText(editedPath);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public int EditOneSpecAndServeItsPage()
    {
        var sentence = $"Edit number {++edits}.";
        File.WriteAllText(editedPath, original.TrimEnd() + " " + sentence + "\n");
        var snapshot = site.Update(new[] { editedPath });
        var jobClass = snapshot.Load.Catalog.Classes.Single(c => c.SourcePath == edited.SourcePath);
        var page = snapshot.File(snapshot.Content!.ClassPagePath(jobClass))!;
        if (!System.Text.Encoding.UTF8.GetString(page).Contains(sentence, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The edited page does not show the edit.");
        }

        return page.Length;
    }
}
