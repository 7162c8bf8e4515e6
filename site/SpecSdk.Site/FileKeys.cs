using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using SpecSdk.Model;
using SpecSdk.Specs.Catalogs;

namespace SpecSdk.Site;

/// <summary>
/// A key for each file of the handbook that is made from a few records: a hash of everything the file is made from,
/// so a build whose key for a path is the previous build's made the same bytes and can keep that file. A class's page
/// and its compare data are made from the class, its jurisdiction (pay plans, groups, units, boilerplate), its series
/// and the series' other levels, its successor, the addresses of the pages it links to and the commits of its spec
/// file; a series page from the series, its levels and its jurisdiction; a jurisdiction's export from it, its series
/// and its classes; a class's search fragment from the class, its jurisdiction, its address and its excerpt. Every key
/// holds the code that makes the files (the tool's, Scriban's, Markdig's and the runtime's assemblies, by their build
/// ids); a page's key also holds what every page shows besides its own data: the theme's files, the site's title,
/// logo, footer, colours and feed, and the spec files' address. Records are hashed in the binary form the generated
/// catalog stores (<see cref="RecordCodec"/>, which a round-trip test holds to every property of the model). Files
/// without a key (the pages and files made from the whole catalog) are made every build.
/// </summary>
internal sealed class FileKeys
{
    private readonly Dictionary<string, byte[]> keys = new(StringComparer.Ordinal);

    public FileKeys(CatalogIndex index, PageBuilder pages, SiteOptions options, Theme theme, SiteView site, Func<JobClass, string> comparePath, IEnumerable<(string Path, JobClass Class, string Excerpt)> fragments)
    {
        var catalog = index.Catalog;
        var code = Code();
        var look = Look(code, options, theme, site);
        var classes = Hashes(catalog.Classes, (w, c) => RecordCodec.Write(w, c));
        var series = Hashes(catalog.Series, (w, s) => RecordCodec.Write(w, s));
        var jurisdictions = Hashes(catalog.Jurisdictions, (w, j) => RecordCodec.Write(w, j));

        foreach (var jobClass in catalog.Classes)
        {
            using var key = new Key("class");
            key.Add(classes[jobClass]);
            key.Add(jurisdictions[index.JurisdictionOf(jobClass)]);
            key.Add(pages.ClassUrl(jobClass));
            key.Add(index.GradeOf(jobClass) is { } grade ? pages.GradeUrl(grade) : string.Empty);
            var classSeries = index.SeriesOf(jobClass);
            var levels = classSeries is null ? Array.Empty<JobClass>() : index.LevelsOf(classSeries);
            key.Add(classSeries is null ? Array.Empty<byte>() : series[classSeries]);
            key.Add(levels.Count);
            foreach (var level in levels)
            {
                key.Add(classes[level]);
                key.Add(pages.ClassUrl(level));
            }

            var successor = jobClass.Successor is { } next ? index.FindClass(next.JurisdictionKey, next.Key) : null;
            key.Add(successor is null ? 0 : 1);
            if (successor is not null)
            {
                key.Add(classes[successor]);
                key.Add(jurisdictions[index.JurisdictionOf(successor)]);
                key.Add(pages.ClassUrl(successor));
            }

            AddCommits(key, pages.Changes.CommitsOf(jobClass.SourcePath));
            var made = key.Finish();
            keys[pages.ClassUrl(jobClass)] = Derive("page", look, made);
            keys[comparePath(jobClass)] = Derive("compare", code, made);
        }

        foreach (var classSeries in catalog.Series)
        {
            using var key = new Key("series");
            key.Add(look);
            key.Add(series[classSeries]);
            key.Add(jurisdictions[index.JurisdictionOf(classSeries)]);
            var levels = index.LevelsOf(classSeries);
            key.Add(levels.Count);
            foreach (var level in levels)
            {
                key.Add(classes[level]);
                key.Add(pages.ClassUrl(level));
                key.Add(index.GradeOf(level) is { } grade ? pages.GradeUrl(grade) : string.Empty);
            }

            AddCommits(key, pages.Changes.CommitsOf(classSeries.SourcePath));
            keys[PageBuilder.SeriesUrl(classSeries)] = key.Finish();
        }

        foreach (var (path, jobClass, excerpt) in fragments)
        {
            using var key = new Key("fragment");
            key.Add(code);
            key.Add(path);
            key.Add(classes[jobClass]);
            key.Add(jurisdictions[index.JurisdictionOf(jobClass)]);
            key.Add(pages.ClassUrl(jobClass));
            key.Add(excerpt);
            keys[path] = key.Finish();
        }

        foreach (var jurisdiction in catalog.Jurisdictions)
        {
            using var key = new Key("export");
            key.Add(code);
            key.Add(jurisdictions[jurisdiction]);
            var ofJurisdiction = index.SeriesOf(jurisdiction);
            key.Add(ofJurisdiction.Count);
            foreach (var classSeries in ofJurisdiction)
            {
                key.Add(series[classSeries]);
            }

            foreach (var jobClass in index.ClassesOf(jurisdiction))
            {
                key.Add(classes[jobClass]);
            }

            keys[SiteContent.JurisdictionExportPath(jurisdiction)] = key.Finish();
        }
    }

    /// <summary>The key of the file at <paramref name="path"/>, or null when it is made every build.</summary>
    public byte[]? Of(string path) => keys.TryGetValue(path, out var key) ? key : null;

    /// <summary>
    /// A fingerprint of the keyed files at <paramref name="paths"/>, 16 hexadecimal digits: what a page adds to the
    /// addresses of the scripts it loads, so that a browser never keeps an earlier build's.
    /// </summary>
    public string Fingerprint(IEnumerable<string> paths)
    {
        using var key = new Key("fingerprint");
        foreach (var path in paths)
        {
            key.Add(keys[path]);
        }

        return Convert.ToHexString(key.Finish(), 0, 8).ToLowerInvariant();
    }

    /// <summary>The code that makes every file: the build id of each assembly whose code writes a byte of it, the runtime's included.</summary>
    private static byte[] Code()
    {
        using var key = new Key("code");
        var assemblies = new[]
        {
            typeof(FileKeys).Assembly, typeof(Catalog).Assembly, typeof(CatalogIndex).Assembly, typeof(Scriban.Template).Assembly, typeof(Markdig.Markdown).Assembly,
            typeof(object).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly, typeof(System.Text.Encodings.Web.JavaScriptEncoder).Assembly, typeof(System.Net.WebUtility).Assembly,
        };
        foreach (var assembly in assemblies)
        {
            key.Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }

        return key.Finish();
    }

    /// <summary>What every page shows besides its own data: the code, the theme's files, the site as templates see it, where spec files are linked.</summary>
    private static byte[] Look(byte[] code, SiteOptions options, Theme theme, SiteView site)
    {
        using var key = new Key("look");
        key.Add(code);
        foreach (var path in theme.Paths)
        {
            key.Add(path);
            key.Add(theme.Find(path)!);
        }

        foreach (var value in new[] { site.Title, site.Logo, site.Footer, site.Style, site.Feed, options.SpecUrl ?? "\0" })
        {
            key.Add(value);
        }

        return key.Finish();
    }

    private static void AddCommits(Key key, CommitsView commits)
    {
        key.Add(commits.Earlier);
        key.Add(commits.Items.Count);
        foreach (var change in commits.Items)
        {
            foreach (var value in new[] { change.Kind, change.Date, change.Iso, change.Subject, change.Url, change.Jurisdiction, change.Text, change.Detail, change.Link, change.Anchor })
            {
                key.Add(value);
            }
        }
    }

    private static byte[] Derive(string kind, byte[] start, byte[] made)
    {
        using var derived = new Key(kind);
        derived.Add(start);
        derived.Add(made);
        return derived.Finish();
    }

    /// <summary>Each record's hash, by the record itself (records of one catalog are told apart by reference).</summary>
    private static Dictionary<T, byte[]> Hashes<T>(IReadOnlyList<T> records, Action<BinaryWriter, T> write)
        where T : class
    {
        var hashes = new byte[records.Count][];
        Parallel.For(0, records.Count, () => new MemoryStream(), (i, _, buffer) =>
        {
            buffer.SetLength(0);
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                write(writer, records[i]);
            }

            hashes[i] = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            return buffer;
        }, buffer => buffer.Dispose());
        var byRecord = new Dictionary<T, byte[]>(records.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < records.Count; i++)
        {
            byRecord[records[i]] = hashes[i];
        }

        return byRecord;
    }

    /// <summary>
    /// A SHA-256 of a kind and the values added, each with its length (a list is added with its count first), so no
    /// two lists of values give one key.
    /// </summary>
    private sealed class Key : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public Key(string kind) => Add(kind);

        public void Add(string value) => Add(System.Text.Encoding.UTF8.GetBytes(value));

        public void Add(int value) => hash.AppendData(BitConverter.GetBytes(value));

        public void Add(byte[] value)
        {
            Add(value.Length);
            hash.AppendData(value);
        }

        public byte[] Finish() => hash.GetHashAndReset();

        public void Dispose() => hash.Dispose();
    }
}
