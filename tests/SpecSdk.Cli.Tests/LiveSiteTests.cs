using System;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Cli.Serve;
using SpecSdk.Model;
using SpecSdk.Specs.Config;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>What serve re-reads on a change: only the changed specs, the theme when a theme file changed.</summary>
public sealed class LiveSiteTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("specsdk-live-").FullName;

    public LiveSiteTests()
    {
        TestRepository.CopySeeds(Path.Combine(root, "specs"));

        Directory.CreateDirectory(Path.Combine(root, "theme", "assets"));
        File.WriteAllText(ThemeFile, "body { color: red }");
    }

    private string ThemeFile => Path.Combine(root, "theme", "assets", "site.css");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_theme_change_is_served_and_a_spec_change_keeps_the_theme()
    {
        var site = new LiveSite(Path.Combine(root, "specs"), Path.Combine(root, "theme"));
        Assert.Equal("body { color: red }", Text(site.Current, "assets/site.css"));

        File.WriteAllText(ThemeFile, "body { color: blue }");
        var themed = site.Update(new[] { ThemeFile });
        Assert.Equal((2, "body { color: blue }"), (themed.Version, Text(themed, "assets/site.css")));

        var spec = Path.Combine(root, "specs", "kentucky", "production-coordinator.md");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: Production Coordinator", "title: Production Lead", StringComparison.Ordinal));
        var edited = site.Update(new[] { spec });
        Assert.Equal("body { color: blue }", Text(edited, "assets/site.css"));
        Assert.Contains("<h1>Production Lead</h1>", Text(edited, "ky/classes/73070v000101.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_synonyms_yml_gives_search_the_new_synonyms()
    {
        var file = Path.Combine(root, "specs", "synonyms.yml");
        File.WriteAllText(file, "lawyer: attorney\n");
        var reads = 0;
        EquatableArray<Synonym> Read()
        {
            reads++;
            var bytes = File.ReadAllBytes(file);
            return SynonymsReader.Read("synonyms.yml", bytes, bytes.Length).Synonyms.ToArray();
        }

        var site = new LiveSite(Path.Combine(root, "specs"), themeDirectory: null, readSynonyms: Read);
        Assert.Contains("\"words\":\"lawyer\"", Text(site.Current, "search/meta.js"), StringComparison.Ordinal);

        var spec = Path.Combine(root, "specs", "kentucky", "production-coordinator.md");
        File.AppendAllText(spec, "\nMore.\n");
        site.Update(new[] { spec });
        Assert.Equal(1, reads);

        File.WriteAllText(file, "help desk: customer support\n");
        var saved = site.Update(new[] { file });
        Assert.Equal(2, reads);
        var meta = Text(saved, "search/meta.js");
        Assert.Contains("\"words\":\"help desk\"", meta, StringComparison.Ordinal);
        Assert.DoesNotContain("lawyer", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_and_added_specs_and_folders_change_the_catalog()
    {
        var site = new LiveSite(Path.Combine(root, "specs"), themeDirectory: null);
        var colorado = Path.Combine(root, "specs", "colorado");
        var moved = Path.Combine(root, "specs", ".archive");

        Directory.Move(colorado, moved);
        var without = site.Update(new[] { colorado, moved });
        Assert.Equal(new[] { "jcc", "ky" }, without.Load.Catalog.Jurisdictions.Select(j => j.Key).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Null(without.File("co/index.html"));

        Directory.Move(moved, colorado);
        var with = site.Update(new[] { moved, colorado });
        Assert.Equal(7, with.Load.Catalog.Classes.Count);
        Assert.NotNull(with.File("co/series/customer-support-coordinator.html"));
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/ky/", "ky/index.html")]
    [InlineData("/ky/classes/73070v000101.html", "ky/classes/73070v000101.html")]
    [InlineData("/specs/../../etc/passwd", null)]
    [InlineData("/a//b.html", null)]
    [InlineData("/a\\..\\b.html", null)]
    public void Request_paths_map_to_site_files_and_never_leave_the_site(string request, string? file)
    {
        Assert.Equal(file, PreviewServer.FilePath(request));
    }

    private static string Text(Snapshot snapshot, string path) => Encoding.UTF8.GetString(snapshot.File(path) ?? throw new InvalidOperationException("no " + path));
}
