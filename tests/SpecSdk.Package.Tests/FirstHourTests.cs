using System;
using System.IO;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Package.Tests;

/// <summary>
/// The first hour of a team, on a clean folder, with the packed tool and package only: init a spec repository,
/// restore the tool from the manifest init wrote, add a class, write its sections, validate strictly, build the
/// handbook, and use the specs from a new console app.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class FirstHourTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-first-hour-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Init_new_validate_build_and_an_app_that_uses_the_specs()
    {
        var feed = Path.Combine(root, "feed");
        foreach (var project in new[] { "src/SpecSdk.Cli/SpecSdk.Cli.csproj", "src/SpecSdk/SpecSdk.csproj" })
        {
            var (packed, packOutput) = DotNet.Run(TestRepository.Root, "pack", project, "-c", "Release", "-o", feed);
            Assert.True(packed == 0, packOutput);
        }

        // The tool, installed where the team first runs it, starts the repository.
        var packages = Path.Combine(root, "packages");
        var start = Path.Combine(root, "start");
        Directory.CreateDirectory(start);
        Assert.Equal(0, DotNet.RunWithPackages(start, packages, "new", "tool-manifest").ExitCode);
        var (installed, installOutput) = DotNet.RunWithPackages(start, packages, "tool", "install", "SpecSdk.Tool", "--local", "--version", "1.0.0", "--add-source", feed);
        Assert.True(installed == 0, installOutput);
        var repository = Path.Combine(root, "texas-specs");
        var (initialised, initOutput) = DotNet.RunWithPackages(start, packages, "tool", "run", "specsdk", "init", repository, "-j", "tx", "--name", "State of Texas", "--class", "Records Clerk");
        Assert.True(initialised == 0, initOutput);

        // In the repository, as its README says: the feed in a nuget.config, then the tool from the manifest.
        File.WriteAllText(Path.Combine(repository, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="specsdk" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var (restored, restoreOutput) = DotNet.RunWithPackages(repository, packages, "tool", "restore");
        Assert.True(restored == 0, restoreOutput);
        string Specsdk(int expected, params string[] arguments)
        {
            var (code, output) = DotNet.RunWithPackages(repository, packages, new[] { "specsdk" }.Concat(arguments).ToArray());
            Assert.True(code == expected, $"specsdk {string.Join(" ", arguments)}: exit {code}\n{output}");
            return output;
        }

        Specsdk(0, "new", "class", "Mail Clerk", "-j", "tx", "--code", "MC-1");
        Assert.Contains("SPEC080", Specsdk(1, "validate", "--warnaserror"), StringComparison.Ordinal);
        foreach (var spec in Directory.GetFiles(Path.Combine(repository, "specs"), "*clerk.md", SearchOption.AllDirectories))
        {
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("TODO: describe", "Describes", StringComparison.Ordinal));
        }

        Assert.Contains("0 error(s), 0 warning(s)", Specsdk(0, "validate", "--warnaserror"), StringComparison.Ordinal);
        Specsdk(0, "build", "-o", "_site");
        Assert.Contains("<h1>State of Texas job classes</h1>", File.ReadAllText(Path.Combine(repository, "_site", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<h1>Mail Clerk</h1>", File.ReadAllText(Path.Combine(repository, "_site", "tx", "classes", "mc-1.html")), StringComparison.Ordinal);

        // A console app at the repository's root reads specs/ by default.
        File.WriteAllText(Path.Combine(repository, "Payroll.csproj"), """
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
        File.WriteAllText(Path.Combine(repository, "Program.cs"), "System.Console.WriteLine(Payroll.StateOfTexas.MailClerk.Code + \" \" + Payroll.JobCatalog.All.Count);\n");
        var (built, buildOutput) = DotNet.Run(repository, "build", "-c", "Release");
        Assert.True(built == 0, buildOutput);
        var (ran, runOutput) = DotNet.Run(repository, "run", "-c", "Release", "--no-build");
        Assert.True(ran == 0, runOutput);
        Assert.Equal("MC-1 2", runOutput.Trim());
    }
}
