using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecSdk.Model;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Config;

namespace SpecSdk.Site;

/// <summary>Settings of a handbook build.</summary>
public sealed record SiteOptions
{
    /// <summary>The folder the site is written to; it is replaced as a whole.</summary>
    public string OutputDirectory { get; init; } = "_site";

    /// <summary>The folder the specs were read from; its files are copied to specs/ for the pages to link to.</summary>
    public string? SpecDirectory { get; init; }

    /// <summary>
    /// Where the spec files are published, e.g. a repository's file view; pages link there and no spec is copied.
    /// </summary>
    public string? SpecUrl { get; init; }

    /// <summary>A theme folder whose files replace the default theme's, one by one.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>The address the site is published at, for sitemap.xml.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>A folder whose files (CNAME, robots.txt, images) are copied into the site as they are, at the same paths.</summary>
    public string? StaticDirectory { get; init; }

    /// <summary>Also write the whole catalog as one file, catalog.json, beside the per-jurisdiction exports in data/.</summary>
    public bool WholeCatalog { get; init; }

    /// <summary>The site configuration (specsdk.yml): title, logo, footer, colours.</summary>
    public SiteConfig Config { get; init; } = new SiteConfig();

    /// <summary>The folder of the configuration file, which its logo's path is relative to.</summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>The synonyms search uses (the spec folder's synonyms.yml): a search for a synonym's words finds what they mean too.</summary>
    public EquatableArray<Synonym> Synonyms { get; init; }

    /// <summary>The commits of the spec files, listed on their pages and in What changed; null when the specs are in no repository.</summary>
    public RepositoryHistory? History { get; init; }

    /// <summary>
    /// The repository's address on the web, which a commit's link is made from: the address and /commit/HASH (GitHub,
    /// GitLab, Gitea), or the address with {hash} in it replaced (any other host).
    /// </summary>
    public string? RepositoryUrl { get; init; }
}

/// <summary>
/// What a build did: pages and files written, how many of those files it kept from the previous build because they
/// would come out the same, and whether the Atom feed is one of them (it needs an absolute base URL).
/// </summary>
public sealed record SiteResult(int Pages, int Files, bool Feed, int Kept = 0);

/// <summary>
/// Writes the handbook for a catalog: every page through the theme's Scriban templates, the search index, the JSON
/// and CSV exports, sitemap.xml and 404.html. The site is built in a folder beside the output and swapped in only
/// when complete (see <see cref="Publisher"/>), so a failed or killed build leaves the previous site as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The file that marks a folder as a handbook SpecSdk wrote, which a later build may replace.</summary>
    public const string Marker = ".specsdk-site";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// One writer a core: the loop blocks on the disk, and the thread pool would add threads that only contend in the
    /// file system (sys time tripled when it did).
    /// </summary>
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Builds the site; reports each written page to <paramref name="progress"/> as (done, total).</summary>
    public static SiteResult Build(CatalogIndex index, SiteOptions options, IProgress<(int Done, int Total)>? progress = null)
    {
        // '_site/' and '_site' are one folder; the staging folder, lock and state go beside it, not in it.
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, Marker)))
        {
            throw new SiteException($"'{output}' is not empty and was not written by SpecSdk; choose another output folder or empty it.");
        }

        try
        {
            using var publisher = Publisher.Begin(output);
            var result = Write(index, options, publisher, progress);
            publisher.Publish();
            return result;
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw new SiteException($"The handbook could not be written to '{output}': {exception.Message} The previous site, if any, is unchanged.");
        }
    }

    /// <summary>The build id a site's marker file names, or null when it names none (or cannot be read).</summary>
    internal static string? MarkerId(string marker)
    {
        try
        {
            return File.Exists(marker)
                ? File.ReadLines(marker).FirstOrDefault(line => line.StartsWith(MarkerBuild, StringComparison.Ordinal))?.Substring(MarkerBuild.Length)
                : null;
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            return null;
        }
    }

    private const string MarkerBuild = "build ";

    private static SiteResult Write(CatalogIndex index, SiteOptions options, Publisher publisher, IProgress<(int Done, int Total)>? progress)
    {
        var root = publisher.Staging;
        var content = new SiteContent(index, options);
        var keys = content.Keys;
        var previous = publisher.Previous();
        var state = new ConcurrentDictionary<string, (byte[] Key, long Length)>(StringComparer.Ordinal);

        // One list in one parallel loop: the exports first (the largest files), then the pages, then the copied files,
        // so both cores stay busy to the end.
        var files = content.OtherPaths.Concat(content.PagePaths).Concat(content.Copies.Keys).ToList();
        var folders = new ConcurrentDictionary<string, DirectoryInfo>(StringComparer.Ordinal);
        var done = 0;
        var copies = 0;
        var kept = 0;
        try
        {
            Parallel.ForEach(files, Cores, path =>
            {
                var full = Path.Combine(root, path);
                // A folder is in the dictionary only once created, so no file is written before its folder exists.
                folders.GetOrAdd(Path.GetDirectoryName(full)!, Directory.CreateDirectory);

                if (content.Copies.TryGetValue(path, out var source))
                {
                    // A spec deleted since it was read is not published, and a file of no bytes is made, not opened (a
                    // pipe named like one would block the build). A copy is keyed by the hash of its bytes: when they
                    // hash as the previous copy's did, that copy is kept.
                    var from = new FileInfo(source);
                    if (from.Exists)
                    {
                        if (from.Length == 0)
                        {
                            File.Create(full).Dispose();
                        }
                        else if (!Keep(path, full, before => before.Length == from.Length && before.Key.AsSpan().SequenceEqual(HashOf(source))))
                        {
                            state[path] = Copy(source, full);
                        }

                        Interlocked.Increment(ref copies);
                    }
                }
                else if (keys.Of(path) is { } key)
                {
                    // Made from the same records as the previous build's file: that file is kept.
                    if (!Keep(path, full, before => before.Key.AsSpan().SequenceEqual(key)))
                    {
                        state[path] = (key, Make(content, path, full));
                    }
                }
                else
                {
                    Make(content, path, full);
                }

                var count = Interlocked.Increment(ref done);
                if (count % 500 == 0 || count == files.Count)
                {
                    progress?.Report((count, files.Count));
                }
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.FirstOrDefault(e => e is SiteException || e is IOException || e is UnauthorizedAccessException) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        // The previous build's file at path, under a second name at full, when its entry in the state is the same as
        // this build's would be and the file is as the state says; false when the file must be made.
        bool Keep(string path, string full, Func<(byte[] Key, long Length), bool> same)
        {
            if (previous is null || !previous.Files.TryGetValue(path, out var before) || !same(before))
            {
                return false;
            }

            var old = new FileInfo(Path.Combine(publisher.Output, path));
            if (!old.Exists || old.Length != before.Length || !Publisher.TryLink(old.FullName, full))
            {
                return false;
            }

            Interlocked.Increment(ref kept);
            state[path] = before;
            return true;
        }

        var made = new BuildState(new Dictionary<string, (byte[] Key, long Length)>(state, StringComparer.Ordinal));
        File.WriteAllText(Path.Combine(root, Marker), "This folder is a handbook written by SpecSdk; the next build replaces it as a whole.\n" + MarkerBuild + made.Id + "\n", Utf8);
        made.Write(publisher.NewStatePath);
        var written = files.Count - content.Copies.Count + copies;
        return new SiteResult(content.PagePaths.Count + 2, written + 1, content.OtherPaths.Contains(Changes.FeedPath), kept);
    }

    /// <summary>The SHA-256 of the file at <paramref name="path"/>.</summary>
    private static byte[] HashOf(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        return SHA256.HashData(file);
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="target"/>; returns the SHA-256 and length of the bytes
    /// written, hashed as they are copied, so the key is of what the copy holds even if the source changes meanwhile.
    /// </summary>
    private static (byte[] Key, long Length) Copy(string source, string target)
    {
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                to.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (hash.GetHashAndReset(), to.Length);
    }

    /// <summary>Makes the file at <paramref name="path"/> into <paramref name="full"/>; returns its length.</summary>
    private static long Make(SiteContent content, string path, string full)
    {
        using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        content.Write(path, file);
        return file.Length;
    }
}

/// <summary>A problem that stops a build: an output folder that is not ours, a broken theme template.</summary>
public sealed class SiteException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public SiteException(string message)
        : base(message)
    {
    }
}
