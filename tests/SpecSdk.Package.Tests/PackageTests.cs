using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Package.Tests;

/// <summary>The SpecSdk package packed once into a folder feed, for every consumer the tests create.</summary>
public sealed class PackedSpecSdk : IDisposable
{
    public PackedSpecSdk()
    {
        Feed = Path.Combine(Root, "feed");
        var (packed, output) = DotNet.Run(TestRepository.Root, "pack", "src/SpecSdk/SpecSdk.csproj", "-c", "Release", "-o", Feed);
        Assert.True(packed == 0, output);
        Package = Path.Combine(Feed, "SpecSdk.1.0.0.nupkg");
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("specsdk-package-").FullName;

    public string Feed { get; }

    public string Package { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>
/// The SpecSdk package as a user gets it: packed to a folder, referenced by brand-new projects outside this
/// repository — a console app, a .NET 8 app, a netstandard2.0 library in C# 7.3, a constants-only app, a trimmed
/// self-contained publish — built and run; a spec edited or broken as a user would.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class PackageTests : IClassFixture<PackedSpecSdk>
{
    private const string ConsoleProgram = """
        using System;
        using System.Globalization;
        using Payroll;

        Console.WriteLine($"{CommonwealthOfKentucky.ProductionCoordinator.Title} {CommonwealthOfKentucky.ProductionCoordinator.Code} grade {CommonwealthOfKentucky.ProductionCoordinator.Grade}");
        Console.WriteLine("hourly minimum " + CommonwealthOfKentucky.Grade14.HourlyMinimum.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(JobCatalog.TryGetByCode(args[0], out var found) ? $"{args[0]} is {found.Title}" : "not found");
        Console.WriteLine($"{JobCatalog.All.Count} classes");
        Console.WriteLine("last duty: " + CommonwealthOfKentucky.ProductionCoordinator.Instance.Duties[^1]);
        """;

    private readonly PackedSpecSdk packed;

    public PackageTests(PackedSpecSdk packed)
    {
        this.packed = packed;
    }

    [Fact]
    public void The_package_holds_the_model_the_generator_and_the_catalog_task_with_what_they_need()
    {
        using var zip = ZipFile.OpenRead(packed.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Subset(entries, new[]
        {
            "lib/netstandard2.0/SpecSdk.Model.dll",
            "lib/net10.0/SpecSdk.Model.dll",
            "analyzers/dotnet/cs/SpecSdk.Generators.dll",
            "analyzers/dotnet/cs/SpecSdk.Specs.dll",
            "analyzers/dotnet/cs/SpecSdk.Model.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "analyzers/dotnet/cs/SpecSdk.Analyzers.dll",
            "analyzers/dotnet/cs/SpecSdk.CodeFixes.dll",
            "tasks/netstandard2.0/SpecSdk.Build.dll",
            "tasks/netstandard2.0/SpecSdk.Specs.dll",
            "tasks/netstandard2.0/SpecSdk.Model.dll",
            "tasks/netstandard2.0/YamlDotNet.dll",
            "tasks/netstandard2.0/Markdig.dll",
            "tasks/worker/SpecSdk.Build.Worker.dll",
            "tasks/worker/SpecSdk.Build.Worker.runtimeconfig.json",
            "tasks/worker/SpecSdk.Build.Worker.deps.json",
            "tasks/worker/SpecSdk.Build.dll",
            "tasks/worker/SpecSdk.Specs.dll",
            "tasks/worker/SpecSdk.Model.dll",
            "tasks/worker/YamlDotNet.dll",
            "tasks/worker/Markdig.dll",
            "buildTransitive/SpecSdk.props",
            "buildTransitive/SpecSdk.targets",
        }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.Contains("System.Memory", StringComparison.Ordinal) || e.Contains("System.Collections.Immutable", StringComparison.Ordinal) || e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal) || e.Contains("Microsoft.Build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_page_s_readme_has_no_link_that_only_works_in_this_repository()
    {
        using var zip = ZipFile.OpenRead(packed.Package);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.Contains("specs/", readme, StringComparison.Ordinal);
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]*)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_console_project_builds_runs_follows_an_edit_and_fails_on_a_broken_spec()
    {
        var app = CreateConsumer("Payroll", "net10.0", ConsoleProgram);
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);

        var spec = Path.Combine(app, "specs", "kentucky", "production-coordinator.md");
        Assert.Equal(
            new[]
            {
                "Production Coordinator 73070V000101 grade 14",
                "hourly minimum 18.075",
                "G2C3XX is Customer Support Coordinator II",
                "7 classes",
                "last duty: Handles vendor negotiations.",
            },
            Run(app, "G2C3XX"));

        // The prose travels as the embedded catalog: an edit of it reaches the program on the next build.
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("- Handles vendor negotiations.", "- Handles vendor negotiations and contracts.", StringComparison.Ordinal));
        var (rebuilt, rebuildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(rebuilt == 0, rebuildOutput);
        Assert.Equal("last duty: Handles vendor negotiations and contracts.", Run(app, "G2C3XX")[^1]);

        var lines = File.ReadAllLines(spec);
        var line = Array.FindIndex(lines, l => l.StartsWith("established: ", StringComparison.Ordinal));
        lines[line] = "established: 1993-13-01";
        File.WriteAllLines(spec, lines);

        var (broken, brokenOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, broken);
        Assert.Contains($"{spec}({line + 1},14): error SPEC010: '1993-13-01' is not a valid date for 'established'", brokenOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", brokenOutput, StringComparison.Ordinal);

        // A warning fails this warnings-as-errors build until .globalconfig turns the rule off.
        lines[line] = "established: 1993-07-01\ncolour: blue";
        File.WriteAllLines(spec, lines);
        var (warned, warnedOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, warned);
        Assert.Contains($"{spec}({line + 2},1): error SPEC007: 'colour' is not a field of a class spec", warnedOutput, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SPEC007.severity = none\n");
        var (configured, configuredOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(configured == 0, configuredOutput);
        Assert.DoesNotContain("SPEC007", configuredOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_code_written_by_hand_is_SPEC100_in_the_build_once_editorconfig_raises_it()
    {
        const string program = "class Program\n{\n    static int Main(string[] args) => args.Length > 0 && args[0] == \"73070V000101\" ? 0 : 1;\n}\n";
        var app = CreateConsumer("Codes", "net10.0", program);
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);
        Assert.DoesNotContain("SPEC100", buildOutput, StringComparison.Ordinal);

        // Info by default, which the build does not print; raised, it is the build's at the literal (line 3, column 69).
        File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SPEC100.severity = warning\n");
        var (raised, raisedOutput) = DotNet.Run(app, "build", "-c", "Release", "--no-incremental");
        Assert.NotEqual(0, raised);
        Assert.Contains(Path.Combine(app, "Program.cs") + "(3,69): error SPEC100: \"73070V000101\" is the job code of Production Coordinator (Commonwealth of Kentucky); use CommonwealthOfKentucky.ProductionCoordinator.Code", raisedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_net8_app_builds_against_the_package_and_runs()
    {
        var app = CreateConsumer("Payroll", "net8.0", ConsoleProgram);
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);

        // This machine has only the .NET 10 runtime; the .NET 8 app runs on it by rolling forward.
        var lines = Run(app, "G2C3XX", ("DOTNET_ROLL_FORWARD", "Major"));
        Assert.Equal("G2C3XX is Customer Support Coordinator II", lines[2]);
        Assert.Equal("last duty: Handles vendor negotiations.", lines[^1]);
    }

    [Fact]
    public void A_netstandard2_library_in_csharp_7_3_carries_the_catalog_to_the_app_that_uses_it()
    {
        var library = CreateConsumer("Payroll", "netstandard2.0", program: null);
        var app = Path.Combine(packed.Root, "Payroll.App-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "Payroll.App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(library, "Payroll.csproj")}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(library, "nuget.config"), Path.Combine(app, "nuget.config"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), ConsoleProgram);

        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);
        Assert.Equal("last duty: Handles vendor negotiations.", Run(app, "G2C3XX")[^1]);

        // A package made from the library carries its types' assembly, or its users could not load JobCatalog.
        var (packedLibrary, packOutput) = DotNet.Run(library, "pack", "-c", "Release", "-o", Path.Combine(library, "out"));
        Assert.True(packedLibrary == 0, packOutput);
        using (var zip = ZipFile.OpenRead(Directory.GetFiles(Path.Combine(library, "out"), "*.nupkg").Single()))
        {
            Assert.Subset(zip.Entries.Select(e => e.FullName).ToHashSet(), new[] { "lib/netstandard2.0/Payroll.dll", "lib/netstandard2.0/Payroll.JobSpecs.dll", "lib/netstandard2.0/Payroll.JobSpecs.xml" }.ToHashSet());
        }

        // Cleaning removes it too, although the build resolved it as a reference.
        var types = Directory.GetFiles(Path.Combine(library, "obj"), "Payroll.JobSpecs.dll", SearchOption.AllDirectories);
        Assert.NotEmpty(types);
        var (cleaned, cleanOutput) = DotNet.Run(library, "clean", "-c", "Release");
        Assert.True(cleaned == 0, cleanOutput);
        Assert.All(types, path => Assert.False(File.Exists(path), path));
    }

    [Fact]
    public void The_types_are_compiled_in_a_worker_process_and_in_MSBuild_s_own_without_it()
    {
        var app = CreateConsumer("Payroll", "net10.0", ConsoleProgram);
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release", "-v", "n");
        Assert.True(built == 0, buildOutput);
        Assert.Contains("SpecSdk: 7 classes from", buildOutput, StringComparison.Ordinal);
        Assert.Contains("(in a worker process)", buildOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "Payroll.JobSpecs.dll")));
        Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "Payroll.JobSpecs.xml")));

        // Nothing changed: the task does not run again, although it left its unchanged files as they were.
        var (again, againOutput) = DotNet.Run(app, "build", "-c", "Release", "-v", "n");
        Assert.True(again == 0, againOutput);
        Assert.DoesNotContain("SpecSdk: 7 classes from", againOutput, StringComparison.Ordinal);

        var (rebuilt, rebuildOutput) = DotNet.Run(app, "build", "-c", "Release", "-v", "n", "--no-incremental", "-p:SpecSdkWorker=" + Path.Combine(app, "no-worker.dll"));
        Assert.True(rebuilt == 0, rebuildOutput);
        Assert.Contains("(in MSBuild's process)", rebuildOutput, StringComparison.Ordinal);
        Assert.Equal("G2C3XX is Customer Support Coordinator II", Run(app, "G2C3XX")[2]);

        // A worker that fails is an error at the build, with what it said, not a silent fallback or a crash of the task.
        var broken = Path.Combine(app, "broken-worker.dll");
        File.WriteAllText(broken, "not an assembly");
        var (failed, failedOutput) = DotNet.Run(app, "build", "-c", "Release", "--no-incremental", "-p:SpecSdkWorker=" + broken);
        Assert.NotEqual(0, failed);
        Assert.Contains("error SPEC999: The SpecSdk build worker '" + broken + "' failed (exit code ", failedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", failedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constants_only_app_has_constants_and_lookups_without_prose()
    {
        var app = CreateConsumer("Payroll", "net10.0", """
            using System;
            using Payroll;

            Console.WriteLine(JobCatalog.TryGetByCode(args[0], out var found) ? $"{found.Title} {found.Grade} {found.Duties.Count} duties" : "not found");
            Console.WriteLine(CommonwealthOfKentucky.ProductionCoordinator.Code);
            """, "<SpecSdkEmit>Constants</SpecSdkEmit>");
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);

        Assert.Equal(new[] { "Production Coordinator 14 0 duties", "73070V000101" }, Run(app, "73070V000101"));

        File.AppendAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(CommonwealthOfKentucky.ProductionCoordinator.Instance);\n");
        var (failed, failedOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, failed);
        Assert.Contains("error CS0117: 'CommonwealthOfKentucky.ProductionCoordinator' does not contain a definition for 'Instance'", failedOutput, StringComparison.Ordinal);

        var project = Path.Combine(app, "Payroll.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<SpecSdkEmit>Constants</SpecSdkEmit>", "<SpecSdkEmit>Everything</SpecSdkEmit>", StringComparison.Ordinal));
        var (refused, refusedOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, refused);
        Assert.Contains("error SPECSDK001: The property SpecSdkEmit is 'Everything'; use one of: Full, Constants.", refusedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecSdkPayAsOf_gives_the_constants_of_the_version_in_effect_that_day()
    {
        var app = CreateConsumer("Payroll", "net10.0", """
            using System;
            using System.Globalization;
            using Payroll;

            Console.WriteLine(TestCounty.GradeA12.MonthlyMinimum.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(TestCounty.Clerk.MonthlyMinimum.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(TestCounty.GradeA12.Instance.RangeFor(SpecSdk.Model.SalaryBasis.Monthly)!.Minimum?.ToString(CultureInfo.InvariantCulture));
            """, "<SpecSdkPayAsOf>2025-06-30</SpecSdkPayAsOf>");
        Directory.CreateDirectory(Path.Combine(app, "specs", "test"));
        File.WriteAllText(Path.Combine(app, "specs", "test", "jurisdiction.md"), """
            ---
            kind: jurisdiction
            key: tc
            name: Test County
            pay-plans:
              - key: classified
                name: Classified
                effective: 2024-07-01
                grades:
                  - grade: A12
                    monthly: { minimum: 3410.00, maximum: 5200.00 }
            ---
            """);
        File.WriteAllText(Path.Combine(app, "specs", "test", "fy2026.md"), """
            ---
            kind: pay-plan-version
            jurisdiction: tc
            pay-plan: classified
            effective: 2025-07-01
            grades:
              - grade: A12
                monthly: { minimum: 3512.00, maximum: 5356.00 }
            ---
            """);
        File.WriteAllText(Path.Combine(app, "specs", "test", "clerk.md"), "---\njurisdiction: tc\ntitle: Clerk\ngrade: A12\n---\n");

        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);
        Assert.Equal(new[] { "3410.00", "3410.00", "3410.00" }, Run(app, "-"));

        var project = Path.Combine(app, "Payroll.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("2025-06-30", "June", StringComparison.Ordinal));
        var (refused, refusedOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, refused);
        Assert.Contains("error SPECSDK003: The property SpecSdkPayAsOf is 'June', not a day", refusedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trimmed_self_contained_publish_gives_no_trim_warning_and_finds_a_class_by_code()
    {
        var app = CreateConsumer("Payroll", "net10.0", ConsoleProgram, "<PublishTrimmed>true</PublishTrimmed><RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>");
        var output = Path.Combine(app, "published");
        var (published, publishOutput) = DotNet.Run(app, "publish", "-c", "Release", "-o", output);
        Assert.True(published == 0, publishOutput);
        Assert.DoesNotMatch(@"warning IL[23]\d{3}", publishOutput);

        var (ran, runOutput) = Program(Path.Combine(output, "Payroll"), "G2C3XX");
        Assert.True(ran == 0, runOutput);
        Assert.Contains("G2C3XX is Customer Support Coordinator II", runOutput, StringComparison.Ordinal);
        Assert.Contains("last duty: Handles vendor negotiations.", runOutput, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Program(string path, string argument)
    {
        var start = new System.Diagnostics.ProcessStartInfo(path, argument) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static string[] Run(string app, string argument, params (string Name, string Value)[] environment)
    {
        var (ran, output) = DotNet.RunWithEnvironment(app, environment, "run", "-c", "Release", "--no-build", "--", argument);
        Assert.True(ran == 0, output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A new project beside the feed with the seeds in specs/: a console app with <paramref name="program"/>, or a library.</summary>
    private string CreateConsumer(string name, string framework, string? program, string properties = "")
    {
        var app = Path.Combine(packed.Root, name + "-" + framework + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(app);
        var nullable = framework == "netstandard2.0" ? string.Empty : "<Nullable>enable</Nullable>";
        File.WriteAllText(Path.Combine(app, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{(program is null ? "Library" : "Exe")}</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <RootNamespace>Payroll</RootNamespace>
                {nullable}
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>packages</RestorePackagesPath>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecSdk" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="specsdk-test-feed" value="{packed.Feed}" />
              </packageSources>
            </configuration>
            """);
        if (program is not null)
        {
            File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        }

        TestRepository.CopySeeds(Path.Combine(app, "specs"));
        return app;
    }
}

/// <summary>Tests that pack projects of this repository run one at a time: two packs at once would share obj/ folders.</summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packing";
}
