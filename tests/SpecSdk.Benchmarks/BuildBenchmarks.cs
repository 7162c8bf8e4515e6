using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Benchmarks;

/// <summary>
/// What a user's build costs with N job classes: <c>dotnet build --no-incremental</c> of a console app that uses the
/// SpecSdk package (generator, catalog task and model, as the package ships them), against the same app with no
/// specs — the floor. Each measured build starts a new compiler server (<c>dotnet build-server shutdown</c> before it,
/// not timed), whose peak memory (VmHWM) is read after the build; the assembly's size and the app's own time to its
/// first <c>JobCatalog.TryGetByCode</c> are printed when the run ends.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BuildBenchmarks
{
    private string root = string.Empty;
    private string code = string.Empty;
    private long peakServerKilobytes;

    [Params(0, 1_000, 10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkFolders.Fresh("specsdk-build-" + Classes.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        if (Classes > 0)
        {
            SpecSynthesizer.WriteTo(Path.Combine(root, "specs"), Classes);
            var classes = SpecSdk.Specs.SpecLoader.LoadDirectory(Path.Combine(root, "specs")).Catalog.Classes;
            code = classes.Skip(classes.Count / 2).First(c => c.Code is not null).Code!;
        }

        // The package's own folders: the generator and the task each with the netstandard2.0 builds beside them.
        var generator = TestRepository.Path("generators", "SpecSdk.Generators", "bin", "Release", "netstandard2.0");
        var task = TestRepository.Path("src", "SpecSdk.Build", "bin", "Release", "netstandard2.0", "SpecSdk.Build.dll");
        var worker = TestRepository.Path("src", "SpecSdk.Build.Worker", "bin", "Release", "net8.0", "SpecSdk.Build.Worker.dll");
        var model = TestRepository.Path("src", "SpecSdk.Model", "bin", "Release", "net10.0", "SpecSdk.Model.dll");
        foreach (var built in new[] { Path.Combine(generator, "SpecSdk.Generators.dll"), task, worker, model })
        {
            if (!File.Exists(built))
            {
                throw new InvalidOperationException($"{built} is missing: build the solution first (dotnet build SpecSdk.sln -c Release).");
            }
        }

        var analyzers = string.Concat(new[] { "SpecSdk.Generators.dll", "SpecSdk.Specs.dll", "SpecSdk.Model.dll", "YamlDotNet.dll", "Markdig.dll" }
            .Select(dll => $"<Analyzer Include=\"{Path.Combine(generator, dll)}\" />"));
        var package = TestRepository.Path("src", "SpecSdk", "buildTransitive");
        File.WriteAllText(Path.Combine(root, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{package}/SpecSdk.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Bench</RootNamespace>
                <SpecSdkTasksAssembly>{task}</SpecSdkTasksAssembly>
                <SpecSdkWorker>{worker}</SpecSdkWorker>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{model}" />
                {analyzers}
              </ItemGroup>
              <Import Project="{package}/SpecSdk.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Program.cs"), Classes == 0 ? "System.Console.WriteLine(\"no specs\");\n" : $$"""
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var found = Bench.JobCatalog.TryGetByCode(args.Length > 0 ? args[0] : "none", out var jobClass);
            var lookup = watch.Elapsed.TotalMilliseconds;
            var sections = jobClass?.Sections.Count ?? 0;
            var instance = watch.Elapsed.TotalMilliseconds - lookup;
            System.Console.WriteLine($"first lookup {lookup:F1} ms (found: {found}), its sections {instance:F2} ms later ({sections}); {Bench.JobCatalog.All.Count} classes");
            """);
        Run("restore");
        Run("build", "--no-restore", "-c", "Release");
    }

    [IterationSetup]
    public void StopCompilerServer() => Run("build-server", "shutdown");

    [Benchmark]
    public void Build()
    {
        Run("build", "--no-restore", "--no-incremental", "-c", "Release");
        peakServerKilobytes = Math.Max(peakServerKilobytes, CompilerServerPeakKilobytes());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var assembly = Path.Combine(root, "bin", "Release", "net10.0", "Bench.dll");
        var types = Path.Combine(root, "bin", "Release", "net10.0", "Bench.JobSpecs.dll");
        var typesSize = File.Exists(types) ? $", Bench.JobSpecs.dll {new FileInfo(types).Length / 1024} KB" : string.Empty;
        Console.WriteLine($"// {Classes} classes: compiler server peak {peakServerKilobytes / 1024} MB, Bench.dll {new FileInfo(assembly).Length / 1024} KB{typesSize}");
        if (Classes > 0)
        {
            Console.WriteLine("// " + Execute(new ProcessStartInfo(Path.Combine(root, "bin", "Release", "net10.0", "Bench")) { ArgumentList = { code } }).Trim());
        }

        Run("build-server", "shutdown");
        Directory.Delete(root, recursive: true);
    }

    /// <summary>The VmHWM of the running compiler server (VBCSCompiler), in KB; 0 when none runs.</summary>
    private static long CompilerServerPeakKilobytes()
    {
        foreach (var process in Process.GetProcesses())
        {
            string[] status;
            try
            {
                status = File.ReadAllLines($"/proc/{process.Id}/status");
            }
            catch (IOException)
            {
                continue;
            }

            var commandLine = File.Exists($"/proc/{process.Id}/cmdline") ? File.ReadAllText($"/proc/{process.Id}/cmdline") : string.Empty;
            var peak = status.FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) && peak is not null)
            {
                return long.Parse(peak.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Execute(start);
    }

    private string Execute(ProcessStartInfo start)
    {
        start.WorkingDirectory = root;

        // BenchmarkDotNet turns the compiler server off for its own builds; a user's build has it.
        start.Environment.Remove("UseSharedCompilation");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(" ", start.ArgumentList)} failed in {root}:\n{output}");
        }

        return output;
    }
}
