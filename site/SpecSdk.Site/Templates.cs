using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Scriban;
using Scriban.Runtime;

namespace SpecSdk.Site;

/// <summary>The theme's templates, parsed once; each page renders its template, then the layout around it.</summary>
internal sealed class Templates
{
    private readonly Theme theme;
    private readonly SiteView site;
    private readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);

    // A context per thread, reused page after page: it keeps Scriban's member accessors and included templates
    // cached, which a new context per page rebuilds (most of the build's allocations).
    private readonly ThreadLocal<TemplateContext> contexts;

    /// <summary>Parses every template first (templates see <paramref name="site"/> as <c>site</c>), so a broken theme stops the build before any page is written.</summary>
    public Templates(Theme theme, SiteView site)
    {
        this.theme = theme;
        this.site = site;
        contexts = new ThreadLocal<TemplateContext>(() => new TemplateContext { LoopLimit = int.MaxValue, StrictVariables = true, TemplateLoader = new ThemeLoader(theme) });
        foreach (var path in theme.Paths.Where(p => p.StartsWith("templates/", StringComparison.Ordinal)))
        {
            Parse(path.Substring("templates/".Length));
        }
    }

    /// <summary>
    /// Renders <paramref name="page"/>; its links start from <paramref name="fixedRoot"/> when given, else they are
    /// relative to the page's folder.
    /// </summary>
    public string Render(PageView page, string? fixedRoot = null)
    {
        var depth = page.Path.Count(c => c == '/');
        var root = fixedRoot ?? (depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth)));
        try
        {
            var body = Run(page.Template, page, root, string.Empty);
            return Run("layout.html", page, root, body);
        }
        catch (Scriban.Syntax.ScriptRuntimeException failure)
        {
            throw new SiteException("A theme template failed: " + failure.Message);
        }
    }

    private string Run(string name, PageView page, string root, string content)
    {
        var template = Parse(name);
        var globals = new ScriptObject
        {
            ["page"] = page,
            ["model"] = page.Model,
            ["root"] = root,
            ["site"] = site,
            ["search_page"] = SiteContent.SearchPagePath,
            ["data_index"] = SiteContent.ExportIndexPath,
            ["changes_page"] = Changes.PagePath(1),
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

/// <summary>Lets templates include other theme files: <c>include 'templates/partials/ranges.html' model.grade</c>.</summary>
internal sealed class ThemeLoader : ITemplateLoader
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
