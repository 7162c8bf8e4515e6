using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;

namespace SpecSdk.Cli;

/// <summary>
/// Finds and reads the site configuration for <c>build</c> and <c>serve</c>: the file given with <c>--config</c>, else
/// <c>specsdk.yml</c> in the folder that holds the spec folder (a spec repository's root, as <c>init</c> lays it out),
/// else none (the defaults).
/// </summary>
internal static class ConfigFile
{
    public static (SiteConfig Config, string? Directory, IReadOnlyList<SpecDiagnostic> Diagnostics) Load(DirectoryInfo specs, FileInfo? given, ShownPaths paths)
    {
        var file = given ?? (specs.Parent is { } parent ? new FileInfo(Path.Combine(parent.FullName, SiteConfig.FileName)) : null);
        if (file is null || !file.Exists)
        {
            return (new SiteConfig(), null, new List<SpecDiagnostic>());
        }

        var shown = paths.Show(file.FullName);
        var folder = file.DirectoryName!;
        // A file of no bytes is never opened (a named pipe would block the build), and at most one byte past the
        // limit is read: a huge file is refused by its size, not loaded.
        var bytes = new byte[(int)System.Math.Min(file.Length, SiteConfigReader.MaxCharacters + 1L)];
        if (bytes.Length > 0)
        {
            using var stream = File.OpenRead(file.FullName);
            stream.ReadExactly(bytes);
        }

        var (config, diagnostics) = SiteConfigReader.Read(shown, bytes, file.Length, logo => IsImageFile(folder, logo));
        return (config, folder, diagnostics.ToList());
    }

    /// <summary>
    /// True for a file of some bytes at <paramref name="path"/> below <paramref name="folder"/>, reached through no link:
    /// the logo is copied into the site, which must never publish what a link leads to.
    /// </summary>
    private static bool IsImageFile(string folder, string path)
    {
        var current = folder;
        foreach (var part in path.Split('/', '\\'))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!entry.Exists || entry.LinkTarget is not null)
            {
                return false;
            }
        }

        return File.Exists(current) && new FileInfo(current).Length > 0;
    }
}
