using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using SpecSdk.Synthesis;
using Xunit.Abstractions;

namespace SpecSdk.Cli.Tests;

/// <summary>
/// A build killed at any point leaves the output folder holding a whole site, the previous one or the new one, and
/// the next build removes what the killed one left beside it.
/// </summary>
public sealed class PublishTests(ITestOutputHelper log) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-publish-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_build_killed_at_random_points_never_leaves_the_output_without_a_whole_site()
    {
        // Two catalogs whose sites differ, each built once to know its files.
        var first = Path.Combine(root, "first");
        var second = Path.Combine(root, "second");
        SpecSynthesizer.WriteTo(first, 300, seed: 1);
        SpecSynthesizer.WriteTo(second, 300, seed: 2);
        var sites = new[] { first, second }.ToDictionary(specs => specs, specs =>
        {
            var reference = Path.Combine(root, "reference-" + Path.GetFileName(specs));
            Assert.Equal(0, Cli.Run("build", specs, "-o", reference).Code);
            return Files(reference);
        });
        Assert.NotEqual(sites[first].Keys.Order(), sites[second].Keys.Order());

        var output = Path.Combine(root, "out", "_site");
        Assert.Equal(0, Run(first, output, killAfter: null));
        var random = new Random(20261201);

        // The kill points spread over the shortest whole build seen so far: the machine's speed varies (tests run
        // beside this one), and a kill after the build ended tests nothing.
        var shortest = Time(() => Assert.Equal(0, Run(second, output, killAfter: null)));
        var killed = 0;
        for (var i = 0; i < 24; i++)
        {
            var specs = i % 2 == 0 ? first : second;
            var before = Files(output);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * shortest.TotalMilliseconds);
            var code = 0;
            var took = Time(() => code = Run(specs, output, delay));
            if (code == 0)
            {
                shortest = took < shortest ? took : shortest;
            }
            else
            {
                killed++;
            }

            var after = Files(output);
            Assert.True(Same(after, before) || Same(after, sites[specs]), $"Killed after {delay.TotalMilliseconds:F0} ms, the output holds neither the previous site nor the new one ({after.Count} files).");
        }

        log.WriteLine($"{killed} of 24 builds killed before they finished; the shortest whole build took {shortest.TotalMilliseconds:F0} ms.");
        Assert.InRange(killed, 6, 24);
        Assert.Equal(0, Run(first, output, killAfter: null));
        // Beside the site, its state for the next build; no state a killed build was writing.
        Assert.Equal(new[] { "._site.state", "_site" }, Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(Same(Files(output), sites[first]));
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_and_other_folders_are_kept()
    {
        var output = Path.Combine(root, "_site");
        var id = Guid.NewGuid().ToString("N");
        foreach (var leftover in new[] { "._site.building-" + id, "._site.old-" + id, "_site.old-" + id, "._site.building-mine", "_site-backup" })
        {
            Directory.CreateDirectory(Path.Combine(root, leftover, "classes"));
        }

        File.WriteAllText(Path.Combine(root, "._site.state.new-" + id), "the state a killed build was writing");
        File.WriteAllText(Path.Combine(root, "._site.state.new-mine"), "not a build's");

        Assert.Equal(0, Cli.Run("build", SpecSdk.Testing.TestRepository.Path("seeds"), "-o", output).Code);

        Assert.Equal(new[] { "._site.building-mine", "._site.state", "._site.state.new-mine", "_site", "_site-backup" }, Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_build_into_the_same_folder_waits_for_none_and_says_who_holds_it()
    {
        var output = Path.Combine(root, "_site");
        using var held = new FileStream(Path.Combine(root, "._site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (code, _, error) = Cli.Run("build", SpecSdk.Testing.TestRepository.Path("seeds"), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains("Another build is writing the handbook to", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    /// <summary>Runs specsdk build in its own process, killed (SIGKILL) after <paramref name="killAfter"/> when given; its exit code.</summary>
    private static int Run(string specs, string output, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "specsdk.dll"), "build", specs, "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill();
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Every file of a site by its path, with a hash of its bytes; empty when the folder is missing.</summary>
    private static Dictionary<string, string> Files(string folder) => !Directory.Exists(folder)
        ? new Dictionary<string, string>()
        : Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))),
            StringComparer.Ordinal);

    private static bool Same(Dictionary<string, string> site, Dictionary<string, string> expected) =>
        site.Count == expected.Count && site.All(file => expected.TryGetValue(file.Key, out var hash) && hash == file.Value);
}
