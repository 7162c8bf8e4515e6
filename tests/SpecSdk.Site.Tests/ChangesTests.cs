using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Site.Tests;

/// <summary>
/// What changed, read from a repository made here commit by commit: a class added, revised, retitled, moved and
/// regraded; a file deleted and a new one added at its name; a commit message no page may run as markup.
/// </summary>
public sealed class ChangesTests : IDisposable
{
    private const string Base = "https://jobs.example.gov/handbook/";
    private const string CommitUrl = "https://git.example.gov/hr/specs/-/commit/{hash}";
    private static readonly byte[] Hostile = Encoding.UTF8.GetBytes("</script><b>bold</b>\u0001 café ").Concat(new byte[] { 0xff, 0xfe }).ToArray();

    private readonly GitFolder git = new();
    private readonly string output = Directory.CreateTempSubdirectory("specsdk-changes-").FullName;
    private readonly Dictionary<string, string> hashes = new();

    public ChangesTests()
    {
        git.Write("README.md", "Specs of Example County.\n");
        git.Write("specs/county.md", Jurisdiction);
        git.Write("specs/clerk.md", Class("Clerk", "C100", "A10", "Files records."));
        git.Write("specs/old.md", Class("Old Job", "O1", "A10", "Did old things."));
        hashes["added"] = git.Commit("Add the clerk", "2024-01-10T09:00:00+00:00");
        git.Write("specs/clerk.md", Class("Clerk", "C100", "A10", "Files and finds records."));
        hashes["clarified"] = git.Commit("Clarify the duties", "2024-02-01T10:00:00-05:00");
        git.Write("specs/clerk.md", Class("Office Clerk", "C100", "A10", "Files and finds records."));
        hashes["retitled"] = git.Commit("Retitle to Office Clerk", "2024-03-01T09:00:00+00:00");
        Directory.CreateDirectory(git.Path("specs/office"));
        git.Git("mv", "specs/clerk.md", "specs/office/clerk.md");
        hashes["moved"] = git.Commit("Move into a folder", "2024-04-01T09:00:00+00:00");
        git.Write("specs/office/clerk.md", Class("Office Clerk", "C100", "A12", "Files and finds records."));
        hashes["regraded"] = git.Commit("Move to A12", "2024-05-01T09:00:00+00:00");
        File.Delete(git.Path("specs/old.md"));
        git.Commit("Remove the old job", "2024-06-01T09:00:00+00:00");
        git.Write("specs/old.md", Class("New Job", "N1", "A12", "Does new things."));
        hashes["reused"] = git.Commit("A new job where the old one was", "2024-07-01T09:00:00+00:00");
        git.Write("specs/old.md", Class("New Job", "N1", "A12", "Does newer things."));
        hashes["hostile"] = git.Commit(Hostile, "2024-08-01T09:00:00+00:00");
        git.Write("README.md", "Specs of Example County, kept by HR.\n");
        git.Commit("Outside the spec folder", "2024-09-01T09:00:00+00:00");
    }

    private const string Jurisdiction = """
        ---
        kind: jurisdiction
        key: county
        name: Example County
        pay-plans:
          - key: general
            name: General pay plan
            versions:
              - effective: 2023-07-01
                grades:
                  - { grade: A10, annual: { minimum: 40000, maximum: 50000 } }
                  - { grade: A12, annual: { minimum: 45000, maximum: 56000 } }
              - effective: 2024-07-01
                grades:
                  - { grade: A10, annual: { minimum: 41000, maximum: 51000 } }
                  - { grade: A12, annual: { minimum: 45000, maximum: 56000 } }
        ---
        """;

    private static string Specs(GitFolder folder) => folder.Path("specs");

    private static string Class(string title, string code, string grade, string duty) => $"""
        ---
        jurisdiction: county
        title: {title}
        code: {code}
        grade: {grade}
        established: 2019-03-01
        ---

        ## Duties

        {duty}
        """;

    public void Dispose()
    {
        git.Dispose();
        Directory.Delete(output, recursive: true);
    }

    private (RepositoryHistory History, LoadResult Load) Read()
    {
        var load = SpecLoader.LoadDirectory(Specs(git));
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        var (history, problem) = RepositoryHistory.Read(Specs(git), load.Files);
        Assert.Null(problem);
        return (history!, load);
    }

    private string Build(string folder, string baseUrl = Base)
    {
        var (history, load) = Read();
        var site = Path.Combine(output, folder);
        SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = site, SpecDirectory = Specs(git), BaseUrl = baseUrl, History = history, RepositoryUrl = CommitUrl, Config = new Specs.Config.SiteConfig { Title = "County jobs" } });
        return site;
    }

    [Fact]
    public void A_file_s_commits_are_followed_through_its_move_and_its_versions_read_for_title_and_grade()
    {
        var (history, _) = Read();
        var clerk = history.Of("office/clerk.md");

        Assert.Equal(new[] { hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, clerk.Select(c => c.Hash));
        Assert.Equal(new[] { FileChange.Modified, FileChange.Renamed, FileChange.Modified, FileChange.Modified, FileChange.Added }, clerk.Select(c => c.Change));
        Assert.Equal(("A10", "A12"), (clerk[0].PreviousGrade, clerk[0].Grade));
        Assert.Equal("clerk.md", clerk[1].PreviousPath);
        Assert.Equal(("Clerk", "Office Clerk"), (clerk[2].PreviousTitle, clerk[2].Title));
        Assert.Equal(("Clerk", "Clerk"), (clerk[3].PreviousTitle, clerk[3].Title));
        Assert.Equal((null, "Clerk"), (clerk[4].PreviousTitle, clerk[4].Title));
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.FromHours(-5)), clerk[3].Date);
        Assert.Equal("Clarify the duties", clerk[3].Subject);
        Assert.False(history.Shallow);

        // The file now at old.md began when it was added again: the deleted file's commits are not its own.
        Assert.Equal(new[] { hashes["hostile"], hashes["reused"] }, history.Of("old.md").Select(c => c.Hash));
        Assert.Empty(history.Of("clerk.md"));
    }

    [Fact]
    public void A_file_changed_on_disk_since_its_last_commit_is_not_taken_for_that_commit_s_version()
    {
        // The title on disk is not yet committed: the last commit's version is read from git, not from the file.
        git.Write("specs/office/clerk.md", Class("Chief Clerk", "C100", "A12", "Files and finds records."));
        var (history, load) = Read();

        Assert.Equal("Chief Clerk", load.Catalog.Classes.Single(c => c.Code == "C100").Title);
        Assert.Equal(("Office Clerk", "A12"), (history.Of("office/clerk.md")[0].Title, history.Of("office/clerk.md")[0].Grade));
    }

    [Fact]
    public void A_class_page_lists_its_commits_with_what_each_changed_and_a_link_to_it()
    {
        var site = Build("site");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "county/classes/c100.html")));
        var items = page.QuerySelectorAll("section[aria-labelledby=commits] li").ToList();

        Assert.Equal(new[] { "Regraded", "Revised", "Retitled", "Revised", "Added" }, items.Select(li => li.QuerySelector(".change-kind")!.TextContent));
        Assert.Equal("Grade A10 → A12. Move to A12 View the commit", items[0].QuerySelector(".change-text")!.TextContent);
        Assert.Equal("Moved from clerk.md. Move into a folder View the commit", items[1].QuerySelector(".change-text")!.TextContent);
        Assert.Equal("Retitled from Clerk. Retitle to Office Clerk View the commit", items[2].QuerySelector(".change-text")!.TextContent);
        Assert.Equal("https://git.example.gov/hr/specs/-/commit/" + hashes["clarified"], items[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(("2024-02-01T10:00:00-05:00", "February 1, 2024"), (items[3].QuerySelector("time")!.GetAttribute("datetime"), items[3].QuerySelector("time")!.TextContent));
    }

    [Fact]
    public void A_page_lists_its_file_s_newest_commits_and_says_how_many_earlier_ones_What_changed_has()
    {
        for (var i = 1; i <= Changes.PageCommits + 2; i++)
        {
            git.Write("specs/office/clerk.md", Class("Office Clerk", "C100", "A12", "Files and finds records, " + i + " times."));
            git.Commit("Revision " + i, $"2025-01-{i:00}T09:00:00+00:00");
        }

        var site = Build("site");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "county/classes/c100.html")));
        var items = page.QuerySelectorAll("#commits + ol.changes > li").ToList();

        // The clerk had five commits before these: the page keeps the newest and counts the rest.
        Assert.Equal(Changes.PageCommits, items.Count);
        Assert.Contains("Revision " + (Changes.PageCommits + 2), items[0].QuerySelector(".change-text")!.TextContent, StringComparison.Ordinal);
        var more = page.QuerySelector("section[aria-labelledby=commits] p.meta")!;
        Assert.Equal("7 earlier changes are listed in What changed.", more.TextContent);
        Assert.Equal("../../changes/index.html", more.QuerySelector("a")!.GetAttribute("href"));
        var jurisdiction = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "county/index.html")));
        Assert.Null(jurisdiction.QuerySelector("section[aria-labelledby=commits] p.meta"));
    }

    [Fact]
    public void A_jurisdiction_page_lists_the_commits_of_its_file()
    {
        var site = Build("site");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "county/index.html")));

        var commits = page.QuerySelectorAll("#commits + ol.changes > li").ToList();
        var only = Assert.Single(commits);
        Assert.Equal("Added", only.QuerySelector(".change-kind")!.TextContent);
        Assert.Contains("Add the clerk", only.QuerySelector(".change-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://git.example.gov/hr/specs/-/commit/" + hashes["added"], only.QuerySelector(".change-text a")!.GetAttribute("href"));
    }

    [Fact]
    public void What_changed_lists_commits_and_stated_changes_newest_first_and_a_message_stays_text()
    {
        var site = Build("site");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "changes/index.html")));
        var items = page.QuerySelectorAll("ol.changes > li").ToList();
        string Line(int i) => items[i].QuerySelector(".change-kind")!.TextContent + " " + items[i].QuerySelector(".change-head > a")!.TextContent;

        Assert.Equal("Revised New Job (N1)", Line(0));
        Assert.Contains("</script><b>bold</b>", items[0].QuerySelector(".change-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(items[0].QuerySelector("b"));
        Assert.DoesNotContain(items[0].QuerySelector(".change-text")!.TextContent, c => char.IsControl(c));
        Assert.DoesNotContain(File.ReadAllText(Path.Combine(site, "county/classes/n1.html")), c => char.IsControl(c) && c != '\n');
        Assert.Equal("Added New Job (N1)", Line(1));
        Assert.Equal("New salaries General pay plan", Line(2));
        Assert.Equal("New salaries: 1 grade of 2 changed.", items[2].QuerySelector(".change-text")!.TextContent);
        Assert.Equal("Regraded Office Clerk (C100)", Line(3));
        Assert.Equal("../county/classes/c100.html", items[3].QuerySelector(".change-head > a")!.GetAttribute("href"));
        Assert.Equal("../county/pay-plans/general.html", items[2].QuerySelector(".change-head > a")!.GetAttribute("href"));

        // The class's own stated date is there too, in its place in time; the commit outside the spec folder is not.
        var kinds = items.Select(li => li.QuerySelector(".change-kind")!.TextContent + " " + li.QuerySelector("time")?.GetAttribute("datetime")).ToList();
        Assert.Contains("Established 2019-03-01", kinds);
        Assert.Equal("Established 2019-03-01", kinds[^1]);
        Assert.DoesNotContain(items, li => li.TextContent.Contains("Outside the spec folder", StringComparison.Ordinal));
        Assert.Equal(Base + "changes.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Moving_the_spec_folder_keeps_every_file_s_history()
    {
        git.Git("mv", "specs", "handbook");
        var moved = git.Commit("Move the spec folder", "2024-10-01T09:00:00+00:00");
        var load = SpecLoader.LoadDirectory(git.Path("handbook"));
        var (history, problem) = RepositoryHistory.Read(git.Path("handbook"), load.Files);

        Assert.Null(problem);
        var clerk = history!.Of("office/clerk.md");
        Assert.Equal(new[] { moved, hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, clerk.Select(c => c.Hash));
        Assert.Equal((FileChange.Renamed, "/specs/office/clerk.md"), (clerk[0].Change, clerk[0].PreviousPath));
        Assert.Equal("handbook/office/clerk.md", clerk[0].PathThen);
        Assert.Equal("specs/office/clerk.md", clerk[1].PathThen);
    }

    [Fact]
    public void An_edit_on_a_branch_merged_after_a_rename_on_the_main_line_is_the_file_s_and_dated_by_the_merge()
    {
        var main = git.Git("branch", "--show-current").Trim();
        git.Git("checkout", "-q", "-b", "feature");
        git.Write("specs/office/clerk.md", Class("Office Clerk", "C100", "A12", "Files, finds and archives records."));
        var edit = git.Commit("Archive records too", "2024-11-01T09:00:00+00:00");
        git.Git("checkout", "-q", main);
        git.Git("mv", "specs/office/clerk.md", "specs/office/records-clerk.md");
        var rename = git.Commit("Name the file for the records", "2024-10-15T09:00:00+00:00");
        git.Git("merge", "-q", "--no-ff", "--no-commit", "feature");
        git.Commit("Merge the archive duty", "2024-12-01T09:00:00+00:00");

        var (history, _) = Read();
        var clerk = history.Of("office/records-clerk.md");

        Assert.Equal(new[] { edit, rename, hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, clerk.Select(c => c.Hash));
        // The edit reached the main line with the merge: that is when the handbook's readers could see it.
        Assert.Equal(new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero), clerk[0].Date);
        Assert.Equal("specs/office/clerk.md", clerk[0].PathThen);
        Assert.Equal(new DateTimeOffset(2024, 10, 15, 9, 0, 0, TimeSpan.Zero), clerk[1].Date);

        var site = Build("site");
        var feed = XDocument.Load(Path.Combine(site, "changes.xml"));
        var first = feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).First();
        Assert.Equal("Revised: Office Clerk (C100)", first.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value);
        Assert.Equal("2024-12-01T09:00:00Z", first.Element(XName.Get("updated", "http://www.w3.org/2005/Atom"))!.Value);
    }

    [Fact]
    public void A_merge_that_takes_nothing_from_its_branch_keeps_the_history_of_the_main_line()
    {
        var main = git.Git("branch", "--show-current").Trim();
        git.Git("checkout", "-q", "-b", "side");
        git.Write("specs/office/clerk.md", Class("Office Clerk", "C100", "A12", "Files records, on a branch no one merges."));
        git.Commit("An edit the merge leaves out", "2024-10-01T09:00:00+00:00");
        git.Git("checkout", "-q", main);
        git.Git("mv", "specs/office/clerk.md", "specs/office/records-clerk.md");
        var rename = git.Commit("Name the file for the records", "2024-10-15T09:00:00+00:00");
        // -s ours: the merge's changes against the main line are none, which git log -m leaves out.
        git.Git("merge", "-q", "-s", "ours", "--no-commit", "side");
        git.Commit("Merge side, keeping ours", "2024-11-01T09:00:00+00:00");

        var (history, _) = Read();

        // The branch's edit touched the file's earlier name, and is listed or not; the main line's commits all are.
        var mainLine = history.Of("office/records-clerk.md").Where(c => c.Subject != "An edit the merge leaves out").Select(c => c.Hash);
        Assert.Equal(new[] { rename, hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, mainLine);
    }

    [Fact]
    public void A_file_a_branch_deleted_and_the_merge_kept_keeps_its_history_from_before_the_branch()
    {
        var main = git.Git("branch", "--show-current").Trim();
        git.Git("checkout", "-q", "-b", "side");
        File.Delete(git.Path("specs/office/clerk.md"));
        git.Write("specs/notes.txt", "The clerk class is going.\n");
        git.Commit("Drop the clerk", "2024-10-01T09:00:00+00:00");
        git.Git("checkout", "-q", main);
        git.Write("specs/office/clerk.md", Class("Senior Office Clerk", "C100", "A12", "Files and finds records."));
        var retitle = git.Commit("Retitle to Senior Office Clerk", "2024-10-15T09:00:00+00:00");
        // The merge takes the branch's note and keeps the clerk the branch deleted.
        git.Git("merge", "-q", "-s", "ours", "--no-commit", "side");
        git.Git("checkout", "side", "--", "specs/notes.txt");
        git.Commit("Merge side, keeping the clerk", "2024-11-01T09:00:00+00:00");

        var (history, _) = Read();

        Assert.Equal(new[] { retitle, hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, history.Of("office/clerk.md").Select(c => c.Hash));
    }

    [Fact]
    public void A_commit_that_retitles_regrades_and_moves_a_class_says_all_three()
    {
        git.Git("mv", "specs/office/clerk.md", "specs/office/records.md");
        git.Write("specs/office/records.md", Class("Records Officer", "C100", "A10", "Files and finds records."));
        git.Commit("Reclassify the clerk", "2024-10-01T09:00:00+00:00");

        var site = Build("site");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "county/classes/c100.html")));
        var newest = page.QuerySelector("#commits + ol.changes > li")!;

        Assert.Equal("Retitled", newest.QuerySelector(".change-kind")!.TextContent);
        Assert.StartsWith("Retitled from Office Clerk; grade A12 → A10; moved from office/clerk.md. Reclassify the clerk", newest.QuerySelector(".change-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_entry_keeps_its_id_when_the_class_gets_another_code()
    {
        var before = EntryIds(Build("before"));
        git.Write("specs/office/clerk.md", Class("Office Clerk", "C200", "A12", "Files and finds records."));
        git.Commit("Renumber the clerk", "2024-10-01T09:00:00+00:00");

        var after = EntryIds(Build("after"));

        // The newest 50 hold them all here: every entry of the first feed is in the second under the same id.
        Assert.Subset(after.ToHashSet(), before.ToHashSet());
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void A_file_renamed_and_not_yet_committed_keeps_its_history()
    {
        git.Git("mv", "specs/office/clerk.md", "specs/office/clerk-i.md");

        var (history, _) = Read();

        Assert.Equal(new[] { hashes["regraded"], hashes["moved"], hashes["retitled"], hashes["clarified"], hashes["added"] }, history.Of("office/clerk-i.md").Select(c => c.Hash));
    }

    private static List<string> EntryIds(string site)
    {
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        return XDocument.Load(Path.Combine(site, "changes.xml")).Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
    }

    [Fact]
    public void The_feed_is_valid_atom_with_absolute_unique_ids_and_links_to_pages_the_site_has()
    {
        var site = Build("site");
        var feed = XDocument.Load(Path.Combine(site, Changes.FeedPath));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var root = feed.Root!;

        Assert.Equal(atom + "feed", root.Name);
        Assert.Equal(Base + "changes.xml", root.Elements(atom + "id").Single().Value);
        Assert.Equal("County jobs: what changed", root.Elements(atom + "title").Single().Value);
        Assert.Equal("County jobs", root.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal(Base + "changes.xml", root.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = root.Elements(atom + "entry").ToList();
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
        var updated = entries.Select(e => XmlConvert.ToDateTimeOffset(e.Elements(atom + "updated").Single().Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(XmlConvert.ToDateTimeOffset(root.Element(atom + "updated")!.Value), updated[0]);
        Assert.Equal(new DateTimeOffset(2024, 8, 1, 9, 0, 0, TimeSpan.Zero), updated[0]);
        foreach (var entry in entries)
        {
            Assert.True(Uri.TryCreate(entry.Element(atom + "id")!.Value, UriKind.Absolute, out _));
            Assert.Single(entry.Elements(atom + "title"));
            var page = entry.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            Assert.StartsWith(Base, page, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, page.Substring(Base.Length))), page);
        }

        // The hostile message's control character is replaced and its markup is text; its bytes that are not UTF-8
        // are whatever characters git makes of them, and the feed still parses.
        var hostile = entries[0].Element(atom + "summary")!.Value;
        Assert.StartsWith("Example County. </script><b>bold</b>\uFFFD café ", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain(hostile, c => char.IsControl(c));
        Assert.Equal("https://git.example.gov/hr/specs/-/commit/" + hashes["hostile"], entries[0].Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
    }

    [Fact]
    public void Without_an_absolute_base_url_there_is_no_feed_and_no_link_to_one()
    {
        var site = Build("site", "/handbook/");

        Assert.False(File.Exists(Path.Combine(site, Changes.FeedPath)));
        var page = File.ReadAllText(Path.Combine(site, "changes/index.html"));
        Assert.DoesNotContain("changes.xml", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_repository_gives_the_same_site()
    {
        var first = Build("first");
        var second = Build("second");

        Assert.Equal(Files(first), Files(second));
    }

    [Fact]
    public void A_folder_in_no_repository_has_no_history_and_a_repository_without_commits_an_empty_one()
    {
        var alone = Directory.CreateTempSubdirectory("specsdk-nogit-").FullName;
        try
        {
            Assert.Equal((null, null), RepositoryHistory.Read(alone, new[] { new SpecFile { Path = "a.md" } }));
        }
        finally
        {
            Directory.Delete(alone);
        }

        using var empty = new GitFolder();
        var (history, problem) = RepositoryHistory.Read(empty.Root, new[] { new SpecFile { Path = "a.md" } });
        Assert.Null(problem);
        Assert.Empty(history!.Of("a.md"));
    }

    [Fact]
    public void A_shallow_clone_says_so_and_holds_only_its_commits()
    {
        using var clone = new GitFolder();
        Directory.Delete(clone.Path(".git"), recursive: true);
        clone.Git("clone", "-q", "--depth", "1", "file://" + git.Root, ".");
        var (history, problem) = RepositoryHistory.Read(Specs(clone), SpecLoader.LoadDirectory(Specs(clone)).Files);

        // The clone's one commit is its root: git shows every file as added there, which is why the build warns.
        Assert.Null(problem);
        Assert.True(history!.Shallow);
        Assert.Equal(("Outside the spec folder", FileChange.Added), history.Of("office/clerk.md").Select(c => (c.Subject, c.Change)).Single());
        Assert.Equal(("Outside the spec folder", FileChange.Added), history.Of("old.md").Select(c => (c.Subject, c.Change)).Single());
    }

    [Fact]
    public void A_long_history_is_split_into_pages_that_link_each_other()
    {
        var specs = Directory.CreateTempSubdirectory("specsdk-many-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(specs, "county.md"), Jurisdiction);
            var history = string.Join("\n", Enumerable.Range(0, Changes.PageSize + 50).Select(i => $"  - {{ date: {new DateTime(2000, 1, 1).AddDays(i):yyyy-MM-dd}, text: Change {i} }}"));
            File.WriteAllText(Path.Combine(specs, "clerk.md"), "---\njurisdiction: county\ntitle: Clerk\nhistory:\n" + history + "\n---\n");
            var load = SpecLoader.LoadDirectory(specs);
            Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
            var site = Path.Combine(output, "many");
            SiteBuilder.Build(load.Index, new SiteOptions { OutputDirectory = site, SpecDirectory = specs });
            var parser = new HtmlParser();
            var first = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "changes/index.html")));
            var second = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "changes/2.html")));

            // 250 history entries and the plan's two versions.
            Assert.Equal(Changes.PageSize, first.QuerySelectorAll("ol.changes > li").Length);
            Assert.Equal(52, second.QuerySelectorAll("ol.changes > li").Length);
            Assert.Equal("../changes/2.html", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
            Assert.Equal("../changes/index.html", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
            Assert.Null(second.QuerySelector("a[rel=next]"));
            Assert.Equal(new[] { "New salaries: 1 grade of 2 changed.", "Salaries of 2 grades in effect.", "Change 249" }, first.QuerySelectorAll("ol.changes .change-text").Take(3).Select(t => t.TextContent));
            Assert.Equal("252 changes to the specs, newest first; page 2 of 2.", second.QuerySelector(".lead")!.TextContent);
        }
        finally
        {
            Directory.Delete(specs, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
