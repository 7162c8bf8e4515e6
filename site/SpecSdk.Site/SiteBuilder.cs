using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using SpecSdk.Model;

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
}

/// <summary>What a build did.</summary>
public sealed record SiteResult(int Pages, int Files);

/// <summary>
/// Writes the handbook for a catalog: every page through the theme's Scriban templates, the search index, the JSON
/// and CSV exports, sitemap.xml and 404.html. The site is built in a folder beside the output and swapped in only
/// when complete, so a failed build leaves the previous site as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The file that marks a folder as a handbook SpecSdk wrote, which a later build may replace.</summary>
    public const string Marker = ".specsdk-site";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// One writer a core: the loops block on the disk, and the thread pool would add threads that only contend in the
    /// file system (sys time tripled when it did).
    /// </summary>
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Builds the site; reports each written page to <paramref name="progress"/> as (done, total).</summary>
    public static SiteResult Build(Catalog catalog, SiteOptions options, IProgress<(int Done, int Total)>? progress = null)
    {
        var output = Path.GetFullPath(options.OutputDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, Marker)))
        {
            throw new SiteException($"'{output}' is not empty and was not written by SpecSdk; choose another output folder or empty it.");
        }

        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".building-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Write(catalog, options, staging, progress);
            Swap(staging, output);
            return result;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static SiteResult Write(Catalog catalog, SiteOptions options, string root, IProgress<(int Done, int Total)>? progress)
    {
        var theme = Theme.Load(options.ThemeDirectory);
        var templates = new Templates(theme);
        var builder = new PageBuilder(catalog, options.SpecUrl);
        var pages = builder.Pages().ToList();
        var paths = new ConcurrentBag<string>();
        var done = 0;
        try
        {
            Parallel.ForEach(pages, Cores, prepare =>
            {
                var page = prepare();
                WriteText(root, page.Path, templates.Render(page));
                paths.Add(page.Path);
                var count = Interlocked.Increment(ref done);
                if (count % 500 == 0 || count == pages.Count)
                {
                    progress?.Report((count, pages.Count));
                }
            });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.FirstOrDefault(e => e is Scriban.Syntax.ScriptRuntimeException) is { } failure)
        {
            throw new SiteException("A theme template failed: " + failure.Message);
        }

        var files = pages.Count;
        // A host serves 404.html at any depth, so its links start from the site's address.
        var siteRoot = options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";
        WriteText(root, "404.html", templates.Render(new PageView("404.html", "404.html", "Page not found", "This page does not exist.", Array.Empty<LinkView>(), new object()), siteRoot));
        WriteText(root, "search/index.html", templates.Render(new PageView("search/index.html", "search.html", "Search", "Search job classes by title, code and text.", Array.Empty<LinkView>(), new object())));
        WriteText(root, "search-index.json", SearchIndex(catalog, builder));
        WriteText(root, "catalog.json", JsonSerializer.Serialize(catalog, JsonOptions));
        WriteText(root, "classes.csv", Csv(catalog, builder));
        WriteText(root, "sitemap.xml", Sitemap(paths, options.BaseUrl));
        files += 6;
        foreach (var path in theme.Paths.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)))
        {
            WriteBytes(root, path, theme.Bytes(path));
            files++;
        }

        if (options.SpecDirectory is { } specs && options.SpecUrl is null)
        {
            files += CopySpecs(catalog, specs, root);
        }

        WriteText(root, Marker, "This folder is a handbook written by SpecSdk; the next build replaces it as a whole.\n");
        return new SiteResult(pages.Count + 2, files + 1);
    }

    /// <summary>Puts the new site in place: the old one is moved aside first and deleted after.</summary>
    private static void Swap(string staging, string output)
    {
        string? old = null;
        if (Directory.Exists(output))
        {
            old = output + ".old-" + Guid.NewGuid().ToString("N");
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        if (old is not null)
        {
            Parallel.ForEach(Directory.GetDirectories(old), Cores, folder => Directory.Delete(folder, recursive: true));
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Copies each spec a page links to; a path that would leave the site folder is refused.</summary>
    private static int CopySpecs(Catalog catalog, string specs, string root)
    {
        var sources = catalog.Jurisdictions.Select(j => j.SourcePath).Concat(catalog.Series.Select(s => s.SourcePath)).Concat(catalog.Classes.Select(c => c.SourcePath)).Distinct(StringComparer.Ordinal);
        var specRoot = Path.GetFullPath(specs);
        var target = Path.GetFullPath(Path.Combine(root, "specs"));
        var count = 0;
        Parallel.ForEach(sources, Cores, source =>
        {
            var from = Path.GetFullPath(Path.Combine(specRoot, source));
            var to = Path.GetFullPath(Path.Combine(target, source));
            if (!from.StartsWith(specRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !to.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(from))
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            Interlocked.Increment(ref count);
        });

        return count;
    }

    private static string SearchIndex(Catalog catalog, PageBuilder builder)
    {
        var names = catalog.Jurisdictions.ToDictionary(j => j.Key, j => j.Name);
        var entries = catalog.Classes.Select((c, i) => new SearchEntry(
            i,
            c.Title,
            c.Code ?? string.Empty,
            names[c.JurisdictionKey],
            builder.ClassUrl(c),
            Excerpt(c)));
        return JsonSerializer.Serialize(entries, JsonOptions);
    }

    /// <summary>
    /// The text search looks in: the sections' Markdown with its markup characters dropped, at most 1,500 characters.
    /// </summary>
    private static string Excerpt(JobClass jobClass)
    {
        var text = new StringBuilder(1600);
        foreach (var section in jobClass.Sections)
        {
            foreach (var c in section.Body)
            {
                if (text.Length >= 1500)
                {
                    return text.ToString();
                }

                if (c is '*' or '_' or '#' or '`' or '>' or '|')
                {
                    continue;
                }

                var spaced = c is '\n' or '\r' or '\t' ? ' ' : c;
                if (spaced != ' ' || (text.Length > 0 && text[text.Length - 1] != ' '))
                {
                    text.Append(spaced);
                }
            }

            if (text.Length > 0 && text[text.Length - 1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Csv(Catalog catalog, PageBuilder builder)
    {
        var csv = new StringBuilder("jurisdiction,key,code,title,job_number,pay_plan,grade,job_group,series,level,established,revised,url\n");
        foreach (var c in catalog.Classes)
        {
            var fields = new[]
            {
                c.JurisdictionKey, c.Key, c.Code, c.Title, c.JobNumber, c.PayPlanKey, c.Grade, c.JobGroupKey, c.SeriesKey,
                c.Level?.ToString(CultureInfo.InvariantCulture), c.Established?.ToString(), c.Revised?.ToString(), builder.ClassUrl(c),
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

    private static string Sitemap(IEnumerable<string> paths, string baseUrl)
    {
        var root = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in paths.OrderBy(p => p, StringComparer.Ordinal))
        {
            var url = path.EndsWith("index.html", StringComparison.Ordinal) ? path.Substring(0, path.Length - "index.html".Length) : path;
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(root + url)).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    private static void WriteText(string root, string path, string text) => WriteBytes(root, path, Utf8.GetBytes(text));

    private static void WriteBytes(string root, string path, byte[] bytes)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record SearchEntry(int Id, string Title, string Code, string Jurisdiction, string Url, string Text);

    /// <summary>The theme's templates, parsed once; each page renders its template, then the layout around it.</summary>
    private sealed class Templates
    {
        private readonly Theme theme;
        private readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);

        // A context per thread, reused page after page: it keeps Scriban's member accessors and included templates
        // cached, which a new context per page rebuilds (most of the build's allocations).
        private readonly ThreadLocal<TemplateContext> contexts;

        /// <summary>Parses every template first, so a broken theme stops the build before any page is written.</summary>
        public Templates(Theme theme)
        {
            this.theme = theme;
            contexts = new ThreadLocal<TemplateContext>(() => new TemplateContext { LoopLimit = int.MaxValue, StrictVariables = true, TemplateLoader = new ThemeLoader(theme) });
            foreach (var path in theme.Paths.Where(p => p.StartsWith("templates/", StringComparison.Ordinal)))
            {
                Parse(path.Substring("templates/".Length));
            }
        }

        public string Render(PageView page, string? fixedRoot = null)
        {
            var depth = page.Path.Count(c => c == '/');
            var root = fixedRoot ?? (depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth)));
            var body = Run(page.Template, page, root, string.Empty);
            return Run("layout.html", page, root, body);
        }

        private string Run(string name, PageView page, string root, string content)
        {
            var template = Parse(name);
            var globals = new ScriptObject
            {
                ["page"] = page,
                ["model"] = page.Model,
                ["root"] = root,
                ["content"] = content,
            };
            var context = contexts.Value!;
            context.PushGlobal(globals);
            try
            {
                return template.Render(context);
            }
            finally
            {
                context.PopGlobal();
            }
        }

        private Template Parse(string name) => parsed.GetOrAdd(name, key =>
        {
            var template = Template.Parse(theme.Text("templates/" + key), key);
            if (template.HasErrors)
            {
                throw new SiteException($"The theme template {key} has errors: {string.Join("; ", template.Messages)}");
            }

            return template;
        });
    }
}

/// <summary>Lets templates include other theme files: <c>include 'templates/ranges.html'</c>.</summary>
internal sealed class ThemeLoader : Scriban.Runtime.ITemplateLoader
{
    private readonly Theme theme;

    public ThemeLoader(Theme theme)
    {
        this.theme = theme;
    }

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => theme.Text(templatePath);

    public System.Threading.Tasks.ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
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
