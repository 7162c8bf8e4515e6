using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;

namespace SpecSdk.Cli;

/// <summary>
/// Finds and reads the settings beside the specs: the site configuration for <c>build</c> and <c>serve</c> (the file
/// given with <c>--config</c>, else <c>specsdk.yml</c> in the folder that holds the spec folder, a spec repository's
/// root as <c>init</c> lays it out, else none: the defaults), and the synonyms of search.
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

        var folder = file.DirectoryName!;
        var (config, diagnostics) = SiteConfigReader.Read(paths.Show(file.FullName), ReadStart(file, SiteConfigReader.MaxCharacters), file.Length, logo => IsImageFile(folder, logo));
        return (config, folder, diagnostics.ToList());
    }

    /// <summary>
    /// The synonyms of the spec folder <paramref name="specs"/> (its synonyms.yml), for <c>build</c>, <c>serve</c> and
    /// <c>validate</c>; none when it has no such file.
    /// </summary>
    public static (EquatableArray<Synonym> Synonyms, IReadOnlyList<SpecDiagnostic> Diagnostics) LoadSynonyms(DirectoryInfo specs, ShownPaths paths)
    {
        var path = Path.Combine(specs.FullName, SynonymsReader.FileName);
        if (Directory.Exists(path))
        {
            var at = new SourceLocation { Path = paths.Show(path) };
            return (EquatableArray<Synonym>.Empty, new[] { SynonymDiagnostics.Syntax.Create(at, "it is a folder, not a file; the synonyms go in a file of that name") });
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (EquatableArray<Synonym>.Empty, new List<SpecDiagnostic>());
        }

        var (synonyms, diagnostics) = SynonymsReader.Read(paths.Show(file.FullName), ReadStart(file, SynonymsReader.MaxCharacters), file.Length);
        return (synonyms.ToArray(), diagnostics);
    }

    /// <summary>
    /// The first bytes of <paramref name="file"/>, at most one past <paramref name="limit"/>: a huge file is refused by
    /// its size, not loaded. A file of no bytes is never opened (a named pipe would block the build).
    /// </summary>
    private static byte[] ReadStart(FileInfo file, int limit)
    {
        var bytes = new byte[(int)System.Math.Min(file.Length, limit + 1L)];
        if (bytes.Length > 0)
        {
            using var stream = File.OpenRead(file.FullName);
            stream.ReadExactly(bytes);
        }

        return bytes;
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
