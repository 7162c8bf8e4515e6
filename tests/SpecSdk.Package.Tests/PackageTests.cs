using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Package.Tests;

/// <summary>
/// The SpecSdk package as a user gets it: packed to a folder, referenced by a brand-new console project outside
/// this repository, built and run; then one spec is broken and the build must fail at its line and column.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-package-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_new_console_project_builds_runs_and_fails_on_a_broken_spec()
    {
        var feed = Path.Combine(root, "feed");
        var (packed, packOutput) = DotNet.Run(TestRepository.Root, "pack", "src/SpecSdk/SpecSdk.csproj", "-c", "Release", "-o", feed);
        Assert.True(packed == 0, packOutput);
        AssertPackageLayout(Path.Combine(feed, "SpecSdk.1.0.0.nupkg"));

        var app = Path.Combine(root, "Payroll");
        CreateConsumer(app, feed);
        var (built, buildOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);

        var (ran, runOutput) = DotNet.Run(app, "run", "-c", "Release", "--no-build", "--", "G2C3XX");
        Assert.True(ran == 0, runOutput);
        Assert.Equal(
            new[]
            {
                "Production Coordinator 73070V000101 grade 14",
                "hourly minimum 18.075",
                "G2C3XX is Customer Support Coordinator II",
                "7 classes",
            },
            runOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var spec = Path.Combine(app, "specs", "kentucky", "production-coordinator.md");
        var lines = File.ReadAllLines(spec);
        var line = Array.FindIndex(lines, l => l.StartsWith("established: ", StringComparison.Ordinal));
        lines[line] = "established: 1993-13-01";
        File.WriteAllLines(spec, lines);

        var (broken, brokenOutput) = DotNet.Run(app, "build", "-c", "Release");
        Assert.NotEqual(0, broken);
        Assert.Contains($"{spec}({line + 1},14): error SPEC010: '1993-13-01' is not a valid date for 'established'", brokenOutput, StringComparison.Ordinal);

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

    private static void AssertPackageLayout(string package)
    {
        using var zip = ZipFile.OpenRead(package);
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
            "buildTransitive/SpecSdk.props",
            "buildTransitive/SpecSdk.targets",
        }.ToHashSet());
        Assert.DoesNotContain(entries, e => e.Contains("System.Memory", StringComparison.Ordinal) || e.Contains("System.Collections.Immutable", StringComparison.Ordinal) || e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private static void CreateConsumer(string app, string feed)
    {
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "Payroll.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>packages</RestorePackagesPath>
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
                <add key="specsdk-test-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System;
            using System.Globalization;
            using Payroll;

            Console.WriteLine($"{CommonwealthOfKentucky.ProductionCoordinator.Title} {CommonwealthOfKentucky.ProductionCoordinator.Code} grade {CommonwealthOfKentucky.ProductionCoordinator.Grade}");
            Console.WriteLine("hourly minimum " + CommonwealthOfKentucky.Grade14.HourlyMinimum.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(JobCatalog.TryGetByCode(args[0], out var found) ? $"{args[0]} is {found.Title}" : "not found");
            Console.WriteLine($"{JobCatalog.All.Count} classes");
            """);
        var seeds = Path.Combine(TestRepository.Root, "seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(app, "specs", Path.GetRelativePath(seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
