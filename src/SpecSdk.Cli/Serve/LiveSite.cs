using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;

namespace SpecSdk.Cli.Serve;

/// <summary>
/// The handbook as <c>specsdk serve</c> holds it: every spec file as last read, and the site made from them. A
/// change re-reads only the files that changed, joins the catalog again and starts a new snapshot whose pages are
/// rendered when first requested.
/// </summary>
internal sealed class LiveSite
{
    private readonly string specRoot;
    private readonly string? themeDirectory;
    private readonly string? staticDirectory;
    private readonly SiteConfig config;
    private readonly Func<EquatableArray<Synonym>>? readSynonyms;
    private EquatableArray<Synonym> synonyms;
    private readonly string? configDirectory;
    private readonly SortedDictionary<string, SpecFile> files = new(StringComparer.Ordinal);
    private List<SpecDiagnostic> scanProblems = new();
    private readonly object gate = new();
    private volatile Snapshot current;

    /// <summary>
    /// Serves the specs of <paramref name="specDirectory"/>; <paramref name="readSynonyms"/>, when given, reads the
    /// synonyms of search, at the start and again whenever the spec folder's synonyms.yml changes.
    /// </summary>
    public LiveSite(string specDirectory, string? themeDirectory, string? staticDirectory = null, SiteConfig? config = null, string? configDirectory = null, Func<EquatableArray<Synonym>>? readSynonyms = null)
    {
        this.config = config ?? new SiteConfig();
        this.readSynonyms = readSynonyms;
        synonyms = readSynonyms?.Invoke() ?? EquatableArray<Synonym>.Empty;
        this.configDirectory = configDirectory;
        specRoot = Path.GetFullPath(specDirectory);
        this.themeDirectory = themeDirectory is null ? null : Path.GetFullPath(themeDirectory);
        this.staticDirectory = staticDirectory is null ? null : Path.GetFullPath(staticDirectory);
        ReadAll();
        current = Make(1, null);
    }

    /// <summary>What is served now.</summary>
    public Snapshot Current => current;

    /// <summary>
    /// Re-reads the spec files at <paramref name="changedPaths"/> (full paths; a deleted file is dropped, a folder
    /// re-read as a whole), or every file when <paramref name="everything"/>; then makes a new snapshot.
    /// </summary>
    public Snapshot Update(IReadOnlyCollection<string> changedPaths, bool everything = false)
    {
        lock (gate)
        {
            if (everything)
            {
                ReadAll();
            }
            else
            {
                foreach (var changed in changedPaths)
                {
                    Reread(Path.GetFullPath(changed));
                }
            }

            var themeChanged = everything || (themeDirectory is not null && changedPaths.Any(p => IsBelow(Path.GetFullPath(p), themeDirectory)));
            var synonymsFile = Path.Combine(specRoot, SynonymsReader.FileName);
            var synonymsChanged = readSynonyms is not null && (everything || changedPaths.Any(p => Path.GetFullPath(p) == synonymsFile));
            if (synonymsChanged)
            {
                synonyms = readSynonyms!();
            }

            current = Make(current.Version + 1, themeChanged || synonymsChanged ? null : current.Content);
            return current;
        }
    }

    /// <summary>True when <paramref name="fullPath"/> is in the spec folder (not in a '.' folder), the theme folder or the static folder.</summary>
    public bool Watches(string fullPath) =>
        (IsBelow(fullPath, specRoot) && !IsHidden(Relative(fullPath)))
        || (themeDirectory is not null && IsBelow(fullPath, themeDirectory))
        || (staticDirectory is not null && IsBelow(fullPath, staticDirectory));

    private void ReadAll()
    {
        files.Clear();
        var scan = SpecLoader.FindSpecFiles(specRoot);
        foreach (var path in scan.Paths)
        {
            files[path] = SpecLoader.ReadFile(specRoot, path);
        }

        scanProblems = scan.Problems.ToList();
    }

    private void Reread(string fullPath)
    {
        if (!IsBelow(fullPath, specRoot))
        {
            return;
        }

        var relative = Relative(fullPath);
        if (IsHidden(relative))
        {
            return;
        }

        var prefix = relative.Length == 0 ? string.Empty : relative + "/";
        if (Directory.Exists(fullPath))
        {
            var scan = SpecLoader.FindSpecFiles(fullPath);
            foreach (var path in scan.Paths)
            {
                files[prefix + path] = SpecLoader.ReadFile(specRoot, prefix + path);
            }

            scanProblems = scanProblems.Where(p => !p.Location.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Concat(scan.Problems.Select(p => p with { Location = p.Location with { Path = prefix + p.Location.Path } }))
                .ToList();
            return;
        }

        foreach (var gone in files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !File.Exists(Path.Combine(specRoot, k))).ToList())
        {
            files.Remove(gone);
        }

        if (!relative.EndsWith(".md", StringComparison.Ordinal))
        {
            return;
        }

        if (File.Exists(fullPath))
        {
            files[relative] = SpecLoader.ReadFile(specRoot, relative);
        }
        else
        {
            files.Remove(relative);
        }
    }

    /// <summary>A snapshot of the files as read; the theme as <paramref name="previous"/> parsed it, when given.</summary>
    private Snapshot Make(int version, SiteContent? previous)
    {
        var result = SpecLoader.Load(files.Values.ToList(), scanProblems);
        if (result.HasErrors)
        {
            return new Snapshot(version, result, null, null);
        }

        try
        {
            var content = previous?.WithCatalog(result.Index) ?? new SiteContent(result.Index, new SiteOptions { SpecDirectory = specRoot, ThemeDirectory = themeDirectory, StaticDirectory = staticDirectory, Config = config, ConfigDirectory = configDirectory, Synonyms = synonyms });
            return new Snapshot(version, result, content, null);
        }
        catch (Exception exception) when (exception is SiteException || exception is IOException || exception is UnauthorizedAccessException)
        {
            return new Snapshot(version, result, null, exception.Message);
        }
    }

    private string Relative(string fullPath) => fullPath.Length == specRoot.Length ? string.Empty : fullPath.Substring(specRoot.Length + 1).Replace('\\', '/');

    /// <summary>True for a path in a folder (or a file) whose name starts with '.': not a spec, as for build and validate.</summary>
    private static bool IsHidden(string relative) => relative.Split('/').Any(p => p.StartsWith(".", StringComparison.Ordinal));

    private static bool IsBelow(string fullPath, string folder) =>
        fullPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || fullPath == folder;
}

/// <summary>
/// One state of the served handbook: its version (each change adds one), the specs as loaded, and either the site
/// or why there is none — spec errors, or a theme that fails.
/// </summary>
internal sealed class Snapshot
{
    private readonly ConcurrentDictionary<string, byte[]?> made = new(StringComparer.Ordinal);

    public Snapshot(int version, LoadResult load, SiteContent? content, string? themeError)
    {
        Version = version;
        Load = load;
        Content = content;
        ThemeError = themeError;
    }

    public int Version { get; }

    public LoadResult Load { get; }

    public SiteContent? Content { get; }

    public string? ThemeError { get; }

    /// <summary>
    /// The file at <paramref name="path"/>, made once per snapshot; null when the site has none. A template that
    /// fails throws <see cref="SiteException"/>.
    /// </summary>
    public byte[]? File(string path) => Content is null ? null : made.GetOrAdd(path, Content.Make);
}
