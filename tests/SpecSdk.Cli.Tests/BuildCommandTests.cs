using System;
using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-build-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Builds_the_seed_handbook()
    {
        var output = Path.Combine(folder, "site");
        var (code, stdout, _) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(0, code);
        Assert.Matches(@"^Wrote 17 pages \(\d+ files\) for 7 job classes to .+ in \d+\.\d\d s\.\s*$", stdout);
        Assert.True(File.Exists(Path.Combine(output, "ky", "classes", "73070v000101.html")));
    }

    [Fact]
    public void A_spec_error_fails_the_build_and_keeps_the_previous_site()
    {
        var output = Path.Combine(folder, "site");
        var specs = Path.Combine(folder, "specs");
        Directory.CreateDirectory(specs);
        File.WriteAllText(Path.Combine(specs, "j.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\n---\n");
        File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk\n---\n");
        Assert.Equal(0, Cli.Run("build", specs, "-o", output).Code);
        File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\njurisdiction: t\ntitle: Clerk II\nestablished: 1993-13-01\n---\n");

        var (code, stdout, stderr) = Cli.Run("build", specs, "-o", output);

        Assert.Equal(1, code);
        Assert.Contains("clerk.md(4,14): error SPEC010", stdout, StringComparison.Ordinal);
        Assert.Contains("the handbook was not written", stderr, StringComparison.Ordinal);
        Assert.Contains(">Clerk</h1>", File.ReadAllText(Path.Combine(output, "t", "classes", "clerk.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_handbook_is_refused_with_exit_code_2()
    {
        var output = Path.Combine(folder, "documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var (code, _, stderr) = Cli.Run("build", TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains("was not written by SpecSdk", stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }
}
