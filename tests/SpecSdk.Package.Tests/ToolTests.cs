using System;
using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Package.Tests;

/// <summary>
/// The specsdk dotnet tool as a user installs it: packed to a folder, installed into a fresh tool manifest of a
/// folder outside this repository (with its own NuGet packages folder, so no earlier install is reused), and run.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class ToolTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-tool-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_tool_installs_into_a_fresh_manifest_and_validates_the_seeds()
    {
        var feed = Path.Combine(root, "feed");
        var (packed, packOutput) = DotNet.Run(TestRepository.Root, "pack", "src/SpecSdk.Cli/SpecSdk.Cli.csproj", "-c", "Release", "-o", feed);
        Assert.True(packed == 0, packOutput);
        Assert.True(File.Exists(Path.Combine(feed, "SpecSdk.Tool.1.0.0.nupkg")), packOutput);

        var project = Path.Combine(root, "handbook");
        var packages = Path.Combine(root, "packages");
        Directory.CreateDirectory(project);
        TestRepository.CopySeeds(Path.Combine(project, "seeds"));
        var (created, createOutput) = DotNet.RunWithPackages(project, packages, "new", "tool-manifest");
        Assert.True(created == 0, createOutput);
        var (installed, installOutput) = DotNet.RunWithPackages(project, packages, "tool", "install", "SpecSdk.Tool", "--local", "--version", "1.0.0", "--add-source", feed);
        Assert.True(installed == 0, installOutput);
        var manifest = Assert.Single(Directory.GetFiles(project, "dotnet-tools.json", SearchOption.AllDirectories));
        Assert.Contains("\"specsdk\"", File.ReadAllText(manifest), StringComparison.Ordinal);

        var (validated, validateOutput) = DotNet.RunWithPackages(project, packages, "tool", "run", "specsdk", "validate", "seeds");
        Assert.True(validated == 0, validateOutput);
        Assert.Matches(@"11 spec files: 3 jurisdictions, 1 class series, 7 job classes; 0 error\(s\), 0 warning\(s\)", validateOutput);

        var (versioned, versionOutput) = DotNet.RunWithPackages(project, packages, "tool", "run", "specsdk", "--version");
        Assert.Equal((0, "1.0.0"), (versioned, versionOutput.Trim()));

        File.WriteAllText(Path.Combine(project, "seeds", "broken.md"), "---\nkind: class\njurisdiction: ky\ntitle: Broken\nestablished: 2020-02-30\n---\n\n## Duties\n\nWork.\n");
        var (failed, failOutput) = DotNet.RunWithPackages(project, packages, "tool", "run", "specsdk", "validate", "seeds", "--format", "github");
        Assert.True(failed == 1, failOutput);
        Assert.Contains("::error file=seeds/broken.md,line=5,col=14,", failOutput, StringComparison.Ordinal);
    }
}
