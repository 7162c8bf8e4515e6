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
/// and its classes; a class's search fragment from the class, its jurisdiction, its address and its excerpt. Every key also holds what every file is made with: the tool's own code, the theme's files and the
/// build's options. Records are hashed in the binary form the generated catalog stores (<see cref="RecordCodec"/>),
/// which holds every field. Files without a key (the pages and files made from the whole catalog) are made every build.
/// </summary>
internal sealed class FileKeys
{
    private readonly Dictionary<string, byte[]> keys = new(StringComparer.Ordinal);

    public FileKeys(CatalogIndex index, PageBuilder pages, SiteOptions options, Theme theme, Func<JobClass, string> comparePath, IEnumerable<(string Path, JobClass Class, string Excerpt)> fragments)
    {
        var catalog = index.Catalog;
        var global = Global(options, theme);
        var classes = Hashes(catalog.Classes, (w, c) => RecordCodec.Write(w, c));
        var series = Hashes(catalog.Series, (w, s) => RecordCodec.Write(w, s));
        var jurisdictions = Hashes(catalog.Jurisdictions, (w, j) => RecordCodec.Write(w, j));

        foreach (var jobClass in catalog.Classes)
        {
            var key = new Key("class", global);
            key.Add(classes[jobClass]);
            key.Add(jurisdictions[index.JurisdictionOf(jobClass)]);
            key.Add(pages.ClassUrl(jobClass));
            key.Add(index.GradeOf(jobClass) is { } grade ? pages.GradeUrl(grade) : string.Empty);
            if (index.SeriesOf(jobClass) is { } classSeries)
            {
                key.Add(series[classSeries]);
                foreach (var level in index.LevelsOf(classSeries))
                {
                    key.Add(classes[level]);
                    key.Add(pages.ClassUrl(level));
                }
            }

            if (jobClass.Successor is { } next && index.FindClass(next.JurisdictionKey, next.Key) is { } successor)
            {
                key.Add(classes[successor]);
                key.Add(jurisdictions[index.JurisdictionOf(successor)]);
                key.Add(pages.ClassUrl(successor));
            }

            AddCommits(ref key, pages.Changes.CommitsOf(jobClass.SourcePath));
            var made = key.Finish();
            keys[pages.ClassUrl(jobClass)] = Derive("page", made);
            keys[comparePath(jobClass)] = Derive("compare", made);
        }

        foreach (var classSeries in catalog.Series)
        {
            var key = new Key("series", global);
            key.Add(series[classSeries]);
            key.Add(jurisdictions[index.JurisdictionOf(classSeries)]);
            foreach (var level in index.LevelsOf(classSeries))
            {
                key.Add(classes[level]);
                key.Add(pages.ClassUrl(level));
                key.Add(index.GradeOf(level) is { } grade ? pages.GradeUrl(grade) : string.Empty);
            }

            AddCommits(ref key, pages.Changes.CommitsOf(classSeries.SourcePath));
            keys[PageBuilder.SeriesUrl(classSeries)] = key.Finish();
        }

        foreach (var (path, jobClass, excerpt) in fragments)
        {
            var key = new Key("fragment", global);
            key.Add(path);
            key.Add(classes[jobClass]);
            key.Add(jurisdictions[index.JurisdictionOf(jobClass)]);
            key.Add(pages.ClassUrl(jobClass));
            key.Add(excerpt);
            keys[path] = key.Finish();
        }

        foreach (var jurisdiction in catalog.Jurisdictions)
        {
            var key = new Key("export", global);
            key.Add(jurisdictions[jurisdiction]);
            foreach (var classSeries in index.SeriesOf(jurisdiction))
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
        var key = new Key("fingerprint", Array.Empty<byte>());
        foreach (var path in paths)
        {
            key.Add(keys[path]);
        }

        return Convert.ToHexString(key.Finish(), 0, 8).ToLowerInvariant();
    }

    /// <summary>
    /// What every file is made with: the tool's code (each of its assemblies' build id), the theme's files, and the
    /// options and configuration that pages show.
    /// </summary>
    private static byte[] Global(SiteOptions options, Theme theme)
    {
        var key = new Key("global", Array.Empty<byte>());
        foreach (var assembly in new[] { typeof(FileKeys).Assembly, typeof(Catalog).Assembly, typeof(CatalogIndex).Assembly, typeof(Scriban.Template).Assembly, typeof(Markdig.Markdown).Assembly })
        {
            key.Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }

        foreach (var path in theme.Paths)
        {
            key.Add(path);
            key.Add(theme.Find(path)!);
        }

        var config = options.Config;
        foreach (var value in new[] { options.BaseUrl, options.SpecUrl, options.RepositoryUrl, options.SpecDirectory, config.Title, config.Logo, config.BaseUrl, config.Footer, config.LinkColour, config.AccentColour, options.History is null ? "no history" : "history" })
        {
            key.Add(value ?? "\0");
        }

        return key.Finish();
    }

    private static void AddCommits(ref Key key, CommitsView commits)
    {
        key.Add(commits.Earlier.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var change in commits.Items)
        {
            foreach (var value in new[] { change.Kind, change.Date, change.Iso, change.Subject, change.Url, change.Jurisdiction, change.Text, change.Detail, change.Link, change.Anchor })
            {
                key.Add(value);
            }
        }
    }

    private static byte[] Derive(string kind, byte[] key)
    {
        var derived = new Key(kind, key);
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

    /// <summary>A SHA-256 of a kind and the values added, each with its length, so no two lists of values give one key.</summary>
    private struct Key
    {
        private readonly IncrementalHash hash;

        public Key(string kind, byte[] start)
        {
            hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Add(kind);
            Add(start);
        }

        public readonly void Add(string value) => Add(System.Text.Encoding.UTF8.GetBytes(value));

        public readonly void Add(byte[] value)
        {
            hash.AppendData(BitConverter.GetBytes(value.Length));
            hash.AppendData(value);
        }

        public readonly byte[] Finish()
        {
            var result = hash.GetHashAndReset();
            hash.Dispose();
            return result;
        }
    }
}
