using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

/// <summary>A handbook built into a temporary folder, with its pages parsed.</summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string root, Catalog catalog)
    {
        Root = root;
        Catalog = catalog;
        var parser = new HtmlParser();
        Pages = Directory.GetFiles(Path.Combine(root, "site"), "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(Path.Combine(root, "site"), p).Replace('\\', '/'), p => parser.ParseDocument(File.ReadAllText(p)));
    }

    public string Root { get; }

    public string Site => Path.Combine(Root, "site");

    public Catalog Catalog { get; }

    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    public static BuiltSite FromSeeds() => From(TestRepository.Path("seeds"));

    public static BuiltSite From(string specs)
    {
        var root = Directory.CreateTempSubdirectory("specsdk-site-").FullName;
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = Path.Combine(root, "site"), SpecDirectory = specs });
        return new BuiltSite(root, load.Catalog);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
