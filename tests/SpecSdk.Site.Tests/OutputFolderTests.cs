using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

/// <summary>The output folder is replaced whole, only when the build succeeds, and two builds are identical.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-output-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static CatalogIndex Seeds => SpecLoader.LoadDirectory(TestRepository.Path("seeds")).Index;

    [Fact]
    public void Two_builds_of_the_same_specs_are_byte_identical()
    {
        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = Path.Combine(root, "a"), SpecDirectory = TestRepository.Path("seeds") });
        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = Path.Combine(root, "b"), SpecDirectory = TestRepository.Path("seeds") });

        Assert.Equal(Hashes(Path.Combine(root, "a")), Hashes(Path.Combine(root, "b")));
    }

    [Fact]
    public void A_spec_whose_file_name_has_url_characters_is_linked_where_its_copy_is()
    {
        var specs = Path.Combine(root, "specs");
        foreach (var file in Directory.GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file) == "production-coordinator.md" ? "prod#coord 50%.md" : Path.GetFileName(file);
            var target = Path.Combine(specs, Path.GetRelativePath(TestRepository.Path("seeds"), Path.GetDirectoryName(file)!), name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var output = Path.Combine(root, "site");
        SiteBuilder.Build(SpecLoader.LoadDirectory(specs).Index, new SiteOptions { OutputDirectory = output, SpecDirectory = specs });

        var page = Path.Combine(output, "ky", "classes", "73070v000101.html");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
        var link = Assert.Single(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("prod", StringComparison.Ordinal));
        Assert.Equal("../../specs/kentucky/prod%23coord%2050%25.md", link.GetAttribute("href"));
        // What a browser opens: the address relative to the page, percent-decoded.
        var opened = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(link.GetAttribute("href")!)));
        Assert.Equal(File.ReadAllText(Path.Combine(specs, "kentucky", "prod#coord 50%.md")), File.ReadAllText(opened));
    }

    [Fact]
    public void Grades_whose_names_give_one_address_get_a_page_each()
    {
        var specs = Path.Combine(root, "specs");
        Directory.CreateDirectory(specs);
        File.WriteAllText(Path.Combine(specs, "jurisdiction.md"), "---\nkind: jurisdiction\nkey: t\nname: Test\npay-plans:\n  - key: main\n    name: Main\n    grades:\n      - grade: \"1A\"\n        annual: { minimum: 100 }\n      - grade: \"1a\"\n        annual: { minimum: 200 }\n---\n");
        var load = SpecLoader.LoadDirectory(specs);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));

        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = Path.Combine(root, "site") });

        Assert.Contains("1A", File.ReadAllText(Path.Combine(root, "site", "t", "grades", "main", "1a.html")), StringComparison.Ordinal);
        Assert.Contains("Pay grade 1a", File.ReadAllText(Path.Combine(root, "site", "t", "grades", "main", "1a-2.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_removes_pages_that_no_longer_exist()
    {
        var output = Path.Combine(root, "site");
        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output });
        var stale = Path.Combine(output, "ky", "classes", "renamed", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old page");

        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output });

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(output, "ky", "classes", "73070v000101.html")));
        Assert.Single(Directory.GetDirectories(root));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_as_it_was()
    {
        var output = Path.Combine(root, "site");
        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output });
        var before = Hashes(output);
        var theme = Path.Combine(root, "theme", "templates");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "class.html"), "{{ for x in }}");

        var error = Assert.Throws<SiteException>(() => SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output, ThemeDirectory = Path.Combine(root, "theme") }));

        Assert.Contains("class.html", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(output));
        Assert.Equal(new[] { "site", "theme" }, Directory.GetDirectories(root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_folder_with_other_files_is_not_replaced()
    {
        var output = Path.Combine(root, "documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "precious");

        Assert.Throws<SiteException>(() => SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output }));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(output, "thesis.docx")));
    }

    [Fact]
    public void A_theme_file_overrides_the_default_one_by_one()
    {
        var theme = Path.Combine(root, "theme", "assets");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "site.css"), "body { color: rebeccapurple; }");
        var output = Path.Combine(root, "site");

        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output, ThemeDirectory = Path.Combine(root, "theme") });

        Assert.Equal("body { color: rebeccapurple; }", File.ReadAllText(Path.Combine(output, "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(output, "assets", "site.js")));
    }

    [Fact]
    public void A_partial_gets_what_it_shows_as_its_argument_on_every_page_that_includes_it()
    {
        var partials = Path.Combine(root, "theme", "templates", "partials");
        Directory.CreateDirectory(partials);
        File.WriteAllText(Path.Combine(partials, "ranges.html"), "<p class=\"own\">Grade {{ $1.grade }}: {{ $1.ranges | array.size }} ranges</p>");
        var output = Path.Combine(root, "site");

        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output, ThemeDirectory = Path.Combine(root, "theme") });

        // Kentucky's grade 14 has hourly and two monthly ranges; its class page and its grade page both show them.
        Assert.Contains("<p class=\"own\">Grade 14: 3 ranges</p>", File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html")), StringComparison.Ordinal);
        Assert.Contains("<p class=\"own\">Grade 14: 3 ranges</p>", File.ReadAllText(Path.Combine(output, "ky", "grades", "salary-grades", "14.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Salary ranges of grade", File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void On_request_the_whole_catalog_is_one_file_too()
    {
        var output = Path.Combine(root, "site");

        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output, WholeCatalog = true });

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "catalog.json")));
        Assert.Equal(Seeds.Catalog.Classes.Count, json.RootElement.GetProperty("Classes").GetArrayLength());
        Assert.Equal(3, json.RootElement.GetProperty("Jurisdictions").GetArrayLength());
    }

    [Fact]
    public void With_a_spec_url_pages_link_there_and_no_spec_is_copied()
    {
        var output = Path.Combine(root, "site");
        SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output, SpecDirectory = TestRepository.Path("seeds"), SpecUrl = "https://example.org/specs/blob/main/seeds" });

        Assert.False(Directory.Exists(Path.Combine(output, "specs")));
        Assert.Contains("<a href=\"https://example.org/specs/blob/main/seeds/kentucky/production-coordinator.md\">", File.ReadAllText(Path.Combine(output, "ky", "classes", "73070v000101.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_an_error_with_its_path()
    {
        var file = Path.Combine(root, "report.txt");
        File.WriteAllText(file, "not a folder");
        var output = Path.Combine(file, "site");

        var error = Assert.Throws<SiteException>(() => SiteBuilder.Build(Seeds, new SiteOptions { OutputDirectory = output }));

        Assert.Contains(output, error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal(new[] { "report.txt" }, Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("search", "search/index.html")]
    [InlineData("assets", "assets/index.html")]
    public void A_jurisdiction_key_that_names_a_folder_of_the_handbook_is_an_error_not_an_overwritten_page(string key, string taken)
    {
        var specs = Path.Combine(root, "specs");
        Directory.CreateDirectory(specs);
        foreach (var name in new[] { "jurisdiction.md", "production-coordinator.md" })
        {
            var text = File.ReadAllText(TestRepository.Path("seeds", "kentucky", name)).Replace("key: ky\n", $"key: {key}\n").Replace("jurisdiction: ky\n", $"jurisdiction: {key}\n");
            File.WriteAllText(Path.Combine(specs, name), text);
        }

        // validate refuses the key (SPEC041); the build, given the catalog anyway, still refuses to overwrite.
        var load = SpecLoader.LoadDirectory(specs);
        Assert.Equal(new[] { "SPEC041" }, load.Diagnostics.Select(d => d.Id));
        Assert.Equal(key, Assert.Single(load.Catalog.Jurisdictions).Key);
        var theme = Path.Combine(root, "theme", "assets");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "index.html"), "<p>A theme's own page.</p>");

        var error = Assert.Throws<SiteException>(() => SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = Path.Combine(root, "site"), ThemeDirectory = Path.Combine(root, "theme") }));

        Assert.Contains($"'{taken}'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }

    private static string[] Hashes(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
        .ToArray();
}
