using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Config;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>
/// Every file of a handbook, each made when asked for: the pages through the theme's templates, the search page
/// and index, the JSON and CSV exports, sitemap.xml, 404.html, the theme's assets and the copies of the spec
/// files. <see cref="SiteBuilder"/> writes them all; a preview server makes only the ones a browser requests.
/// </summary>
public sealed class SiteContent
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Catalog catalog;
    private readonly SiteOptions options;
    private readonly Theme theme;
    private readonly Templates templates;
    private readonly PageBuilder builder;
    private readonly Dictionary<string, Func<PageView>> pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<Stream>> generated;
    private readonly Dictionary<string, string> copies = new(StringComparer.Ordinal);
    private readonly Lazy<FileKeys> keys;

    /// <summary>
    /// Prepares the handbook of the catalog in <paramref name="index"/>; the theme's templates are parsed here, so a broken theme
    /// fails with a <see cref="SiteException"/> before anything is made.
    /// </summary>
    public SiteContent(CatalogIndex index, SiteOptions options)
        : this(index, options, Theme.Load(options.ThemeDirectory), null)
    {
    }

    private SiteContent(CatalogIndex index, SiteOptions options, Theme theme, Templates? parsed)
    {
        catalog = index.Catalog;
        this.options = options;
        this.theme = theme;
        var site = Site(options);
        templates = parsed ?? new Templates(theme, site);
        builder = new PageBuilder(index, options.SpecUrl, options.Config.Title, options.History, options.RepositoryUrl);
        var pagePaths = new List<string>();
        foreach (var (path, prepare) in builder.Pages())
        {
            if (!pages.TryAdd(path, prepare))
            {
                throw Collision(path);
            }

            pagePaths.Add(path);
        }

        PagePaths = pagePaths;

        var search = new SearchIndex(index, builder.ClassUrl, options.Synonyms);
        var compare = new CompareData(index, builder);
        keys = new Lazy<FileKeys>(() => new FileKeys(index, builder, options, theme, site, compare.PathOf, search.Fragments()));

        // The exports grow with the catalog, so they come first, largest first: a build that writes the files in this
        // order in parallel does not end with one core writing a large export alone.
        var exports = catalog.Jurisdictions
            .Select(j => (Jurisdiction: j, Size: index.ClassesOf(j).Count))
            .OrderByDescending(e => e.Size)
            .Select(e => (Path: JurisdictionExportPath(e.Jurisdiction), Write: (Action<Stream>)(stream => JsonSerializer.Serialize(stream, Export(index, e.Jurisdiction), JsonOptions))));
        var whole = options.WholeCatalog ? new[] { (Path: "catalog.json", Write: (Action<Stream>)(stream => JsonSerializer.Serialize(stream, catalog, JsonOptions))) } : Array.Empty<(string Path, Action<Stream> Write)>();
        var feed = Changes.AbsoluteBase(options.BaseUrl) is { } absolute
            ? new[] { (Path: Changes.FeedPath, Write: (Action<Stream>)(stream => builder.Changes.WriteFeed(stream, absolute, options.Config.Title))) }
            : Array.Empty<(string Path, Action<Stream> Write)>();
        var files = whole.Concat(exports).Concat(feed).Concat(new (string Path, Action<Stream> Write)[]
        {
            (ExportIndexPath, stream => JsonSerializer.Serialize(stream, ExportIndex(index), JsonOptions)),
            ("classes.csv", stream => WriteText(stream, Csv())),
            ("sitemap.xml", stream => WriteText(stream, Sitemap())),

            // A host serves 404.html at any depth, so its links start from the site's address.
            ("404.html", stream => WriteText(stream, templates.Render(new PageView("404.html", "404.html", "Page not found", "This page does not exist.", Array.Empty<LinkView>(), new object()), SiteRoot))),
            (SearchPagePath, stream => WriteText(stream, templates.Render(new PageView(SearchPagePath, "search.html", "Search", "Search job classes by title, code and text.", Array.Empty<LinkView>(), new SearchView(SearchIndex.MetaPath + "?v=" + search.Version))))),
            (CompareData.PagePath, stream => WriteText(stream, templates.Render(new PageView(CompareData.PagePath, "compare.html", "Compare classes", "Two job classes side by side: their facts, salaries and sections, the words that differ marked.", Array.Empty<LinkView>(), new CompareView(Keys.Fingerprint(catalog.Classes.Select(compare.PathOf))))))),
        }).Concat(search.Files()).Concat(compare.Files()).ToArray();
        generated = files.ToDictionary(f => f.Path, f => f.Write, StringComparer.Ordinal);
        if (options.SpecDirectory is { } specs && options.SpecUrl is null)
        {
            FindSpecCopies(Path.GetFullPath(specs));
        }

        OtherPaths = files.Select(f => f.Path).Concat(theme.Paths.Where(p => p.StartsWith(AssetsPrefix, StringComparison.Ordinal))).ToList();
        if (OtherPaths.Concat(copies.Keys).FirstOrDefault(pages.ContainsKey) is { } taken)
        {
            throw Collision(taken);
        }

        if (options.Config.Logo is { } logo && options.ConfigDirectory is { } configFolder)
        {
            var path = LogoPath(options);
            if (theme.Find(path) is not null)
            {
                throw new SiteException($"The theme has a file '{path}', where the logo of specsdk.yml goes. Rename the theme's file.");
            }

            copies[path] = Path.GetFullPath(Path.Combine(configFolder, logo));
        }

        if (options.StaticDirectory is { } folder)
        {
            FindStaticFiles(Path.GetFullPath(folder));
        }
    }

    /// <summary>The paths of the pages made from the catalog through the templates, in catalog order.</summary>
    public IReadOnlyList<string> PagePaths { get; }

    /// <summary>
    /// The paths of every other file except the spec copies, largest first: the exports, sitemap, 404, search page, search index,
    /// assets.
    /// </summary>
    public IReadOnlyList<string> OtherPaths { get; }

    /// <summary>
    /// The files copied as they are: the specs (specs/...) and the static folder's files, each by its path in the site,
    /// with the full path of the file it copies.
    /// </summary>
    public IReadOnlyDictionary<string, string> Copies => copies;

    /// <summary>The address the site's links start from in pages served at any depth.</summary>
    private string SiteRoot => options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";

    /// <summary>
    /// The handbook of another catalog with the same options and the theme as this one loaded and parsed it: what a
    /// preview does after a spec (not a theme file) changed.
    /// </summary>
    public SiteContent WithCatalog(CatalogIndex index) => new(index, options, theme, templates);

    /// <summary>The keys of the files made from a few records, which a build compares with the previous build's.</summary>
    internal FileKeys Keys => keys.Value;

    /// <summary>The path of a class's page.</summary>
    public string ClassPagePath(JobClass jobClass) => builder.ClassUrl(jobClass);

    /// <summary>The bytes of the file at <paramref name="path"/> (relative, '/' separated), or null when the site has none.</summary>
    public byte[]? Make(string path)
    {
        using var bytes = new MemoryStream();
        return Write(path, bytes) ? bytes.ToArray() : null;
    }

    /// <summary>
    /// Writes the file at <paramref name="path"/> (relative, '/' separated) to <paramref name="destination"/>; false
    /// when the site has none. The exports are serialized into the stream as they are made, never held whole.
    /// </summary>
    public bool Write(string path, Stream destination)
    {
        if (pages.TryGetValue(path, out var prepare))
        {
            WriteText(destination, templates.Render(prepare()));
            return true;
        }

        if (generated.TryGetValue(path, out var write))
        {
            write(destination);
            return true;
        }

        if (path.StartsWith(AssetsPrefix, StringComparison.Ordinal) && theme.Find(path) is { } asset)
        {
            destination.Write(asset, 0, asset.Length);
            return true;
        }

        if (copies.TryGetValue(path, out var source) && File.Exists(source))
        {
            // A file of no bytes is not opened: a pipe named like a static file would block the build.
            if (new FileInfo(source).Length > 0)
            {
                using var file = File.OpenRead(source);
                file.CopyTo(destination);
            }

            return true;
        }

        return false;
    }

    /// <summary>Two files for one path: a jurisdiction whose key is a folder the handbook itself uses, or two pages.</summary>
    private static SiteException Collision(string path) => new(
        $"Two files of the handbook would be written to '{path}': a jurisdiction's key names a folder the handbook uses for itself (" + string.Join(", ", HandbookFolders.All) + "), or two pages get the same address. Rename the jurisdiction.");

    /// <summary>Writes <paramref name="text"/> as UTF-8 through a pooled buffer: one write, no array a file.</summary>
    private static void WriteText(Stream destination, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            destination.Write(buffer, 0, Utf8.GetBytes(text, 0, text.Length, buffer, 0));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Every spec a page links to, unless the path would leave the spec folder or the site's specs/ folder.</summary>
    private void FindSpecCopies(string specRoot)
    {
        var sources = catalog.Jurisdictions.Select(j => j.SourcePath).Concat(catalog.Series.Select(s => s.SourcePath)).Concat(catalog.Classes.Select(c => c.SourcePath)).Distinct(StringComparer.Ordinal);
        var target = Path.GetFullPath("/" + HandbookFolders.Specs);
        foreach (var source in sources)
        {
            var from = Path.GetFullPath(Path.Combine(specRoot, source));
            var to = Path.GetFullPath(Path.Combine(target, source));
            if (from.StartsWith(specRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && to.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                copies[HandbookFolders.Specs + "/" + to.Substring(target.Length + 1).Replace('\\', '/')] = from;
            }
        }
    }

    /// <summary>
    /// Every file below the static folder, at the same path in the site, as Hugo copies its static/ folder. A file the
    /// handbook makes itself cannot be replaced this way (a theme can), and links are not followed.
    /// </summary>
    private void FindStaticFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                var path = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    throw new SiteException($"The static file '{path}' is a link; the handbook copies only files and folders from '{root}', never what links lead to. Copy the file in instead.");
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else if (pages.ContainsKey(path) || copies.ContainsKey(path) || path == SiteBuilder.Marker || generated.ContainsKey(path) || (path.StartsWith(AssetsPrefix, StringComparison.Ordinal) && theme.Find(path) is not null))
                {
                    throw new SiteException($"The static file '{path}' would replace the handbook's own '{path}'. Rename or remove it; to change how the handbook looks, use a theme (--theme).");
                }
                else
                {
                    copies[path] = entry.FullName;
                }
            }
        }
    }

    /// <summary>The columns of classes.csv, in order; docs/handbook.md describes each.</summary>
    internal static readonly string[] CsvColumns =
    {
        "jurisdiction", "key", "code", "title", "job_number", "pay_plan", "grade", "job_group", "series", "level", "established", "revised", "url",
        "status", "abolished", "successor", "flsa", "overtime_eligible", "eeo_category", "bargaining_unit", "jurisdictional_class", "occupational_code", "alternate_titles",
    };

    private string Csv()
    {
        var csv = new StringBuilder(string.Join(",", CsvColumns) + "\n");
        foreach (var c in catalog.Classes)
        {
            var fields = new[]
            {
                c.JurisdictionKey, c.Key, c.Code, c.Title, c.JobNumber, c.PayPlanKey, c.Grade, c.JobGroupKey, c.SeriesKey,
                c.Level?.ToString(CultureInfo.InvariantCulture), c.Established?.ToString(), c.Revised?.ToString(), builder.ClassUrl(c),
                ClassificationTerms.StatusName(c.Status), c.Abolished?.ToString(), c.Successor is { } next ? next.JurisdictionKey + "/" + next.Key : null,
                c.Flsa is { } flsa ? ClassificationTerms.FlsaOf(flsa, c.FlsaExemption).SpecName : null,
                c.OvertimeEligible is { } overtime ? (overtime ? "true" : "false") : null,
                c.EeoCategory is { } eeo ? ClassificationTerms.EeoOf(eeo).Number.ToString(CultureInfo.InvariantCulture) : null,
                c.BargainingUnitKey, c.JurisdictionalClassKey, c.OccupationalCode, string.Join("; ", c.AlternateTitles),
            };
            csv.Append(string.Join(",", fields.Select(CsvField))).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.</summary>
    private static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private string Sitemap()
    {
        var root = SiteRoot;
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in PagePaths.OrderBy(p => p, StringComparer.Ordinal))
        {
            var url = path.EndsWith("index.html", StringComparison.Ordinal) ? path.Substring(0, path.Length - "index.html".Length) : path;
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(root + url)).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    /// <summary>Where the configuration's logo is published, with its own extension.</summary>
    private static string LogoPath(SiteOptions options) => AssetsPrefix + "site-logo" + Path.GetExtension(options.Config.Logo!).ToLowerInvariant();

    /// <summary>
    /// What pages show of the configuration. Its colours apply to the light scheme, against whose white page they
    /// were checked; the dark scheme keeps the theme's.
    /// </summary>
    private static SiteView Site(SiteOptions options)
    {
        var config = options.Config;
        var rules = new List<string>();
        if (config.LinkColour is { } link)
        {
            rules.Add("--link: " + link + ";");
        }

        if (config.AccentColour is { } accent)
        {
            rules.Add("--accent: " + accent + ";");
        }

        return new SiteView(
            config.Title,
            config.Logo is null || options.ConfigDirectory is null ? string.Empty : LogoPath(options),
            config.Footer ?? string.Empty,
            rules.Count == 0 ? string.Empty : "@media (prefers-color-scheme: light) { :root { " + string.Join(" ", rules) + " } }",
            Changes.AbsoluteBase(options.BaseUrl) is { } root ? root + Changes.FeedPath : string.Empty);
    }

    /// <summary>The search page.</summary>
    public const string SearchPagePath = HandbookFolders.Search + "/index.html";

    /// <summary>The index of the JSON exports: each jurisdiction with its counts and its file.</summary>
    public const string ExportIndexPath = HandbookFolders.Data + "/index.json";

    /// <summary>A jurisdiction's JSON export: the catalog of that jurisdiction alone, in catalog.json's shape.</summary>
    public static string JurisdictionExportPath(Jurisdiction jurisdiction) => HandbookFolders.Data + "/" + JurisdictionExportName(jurisdiction);

    /// <summary>A jurisdiction's export as data/index.json names it: relative to the index, as a link in it resolves.</summary>
    private static string JurisdictionExportName(Jurisdiction jurisdiction) => "jurisdictions/" + jurisdiction.Key + ".json";

    /// <summary>One jurisdiction's part of the catalog: a catalog whose lists hold only it, its series and its classes.</summary>
    private static Catalog Export(CatalogIndex index, Jurisdiction jurisdiction) => new()
    {
        Jurisdictions = new[] { jurisdiction },
        Series = index.SeriesOf(jurisdiction).ToArray(),
        Classes = index.ClassesOf(jurisdiction).ToArray(),
    };

    private static ExportIndexView ExportIndex(CatalogIndex index) => new(index.Catalog.Jurisdictions
        .Select(j => new ExportEntry(j.Key, j.Name, index.ClassesOf(j).Count, index.SeriesOf(j).Count, JurisdictionExportName(j)))
        .ToList());

    /// <summary>Where the theme's assets are published.</summary>
    private const string AssetsPrefix = HandbookFolders.Assets + "/";

    /// <summary>A date as the spec writes it, "1993-07-01", "2015-07" or "1975": one string, its precision kept.</summary>
    private sealed class SpecDateConverter : JsonConverter<SpecDate>
    {
        public override SpecDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            SpecDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("A date must be YYYY-MM-DD, YYYY-MM or YYYY.");

        public override void Write(Utf8JsonWriter writer, SpecDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    /// <summary>data/index.json: what a consumer reads first, to fetch only the jurisdictions it needs.</summary>
    private sealed record ExportIndexView(IReadOnlyList<ExportEntry> Jurisdictions);

    private sealed record ExportEntry(string Key, string Name, int Classes, int Series, string Path);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
        Converters = { new JsonStringEnumConverter(), new SpecDateConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StatedOnly } },
    };

    /// <summary>
    /// The exports hold what the specs state: a property the model's records work out from others (a pay plan's
    /// latest version and its grades, an entrance rate's IsNone) has no setter and is left out, so no fact is written
    /// twice. A date is a value, written as the spec writes it (<see cref="SpecDateConverter"/>).
    /// </summary>
    private static void StatedOnly(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.IsValueType || info.Type.Assembly != typeof(Catalog).Assembly)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
