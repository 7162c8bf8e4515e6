using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>The walk of a spec folder and the read of its files stay bounded whatever the folder holds.</summary>
public sealed class SpecTreeTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-tree-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_link_cycle_reads_each_spec_once_and_says_which_folder_was_skipped()
    {
        CopySeed("ky");
        Directory.CreateDirectory(Path.Combine(root, "ky", "more"));
        Directory.CreateSymbolicLink(Path.Combine(root, "ky", "more", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(root, "ky", "more", "top"), root);
        Directory.CreateSymbolicLink(Path.Combine(root, "second-name"), Path.Combine(root, "ky"));

        var result = SpecLoader.LoadDirectory(root);

        Assert.Equal(new[] { "ky/jurisdiction.md", "ky/production-coordinator.md", "ky/production-specialist-ii.md" }, result.Files.Select(f => f.Path));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecDiagnostics.DuplicateKey.Id);
        var skipped = result.Diagnostics.Where(d => d.Id == SpecDiagnostics.FolderReadTwice.Id).ToList();
        Assert.Equal(new[] { "ky/more/top", "ky/more/up", "second-name" }, skipped.Select(d => d.Location.Path));
        Assert.Contains("as the spec folder itself", skipped[0].Message);
        Assert.Contains("as 'ky'", skipped[1].Message);
    }

    [Fact]
    public void A_pipe_and_a_link_to_a_device_are_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (var mkfifo = Process.Start("mkfifo", Path.Combine(root, "pipe.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        File.CreateSymbolicLink(Path.Combine(root, "zero.md"), "/dev/zero");
        File.WriteAllText(Path.Combine(root, "empty.md"), string.Empty);

        var result = SpecLoader.LoadDirectory(root);

        Assert.Equal(new[] { "empty.md", "pipe.md", "zero.md" }, result.Diagnostics.Select(d => d.Location.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal(SpecDiagnostics.EmptyFile.Id, d.Id));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_without_being_read()
    {
        var path = Path.Combine(root, "huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(1L << 30);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var file = SpecLoader.ReadFile(root, "huge.md");

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 1 << 20, "the file's bytes were read");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(SpecDiagnostics.FileTooLarge.Id, diagnostic.Id);
        Assert.Contains("1,073,741,824", diagnostic.Message);
    }

    private void CopySeed(string name)
    {
        var target = Path.Combine(root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(TestRepository.Path("seeds", "kentucky"), "*.md"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
