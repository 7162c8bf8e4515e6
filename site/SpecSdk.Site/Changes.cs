using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>What a change to the catalog was.</summary>
internal enum ChangeKind
{
    /// <summary>A class took effect (the spec's <c>established</c>).</summary>
    Established,

    /// <summary>A spec file was added to the repository.</summary>
    Added,

    /// <summary>A spec was revised: its <c>revised</c> date, a history entry, a commit that changed it.</summary>
    Revised,

    /// <summary>A commit changed a class's or series' title.</summary>
    Retitled,

    /// <summary>A commit moved a class to another grade.</summary>
    Regraded,

    /// <summary>A class was abolished.</summary>
    Abolished,

    /// <summary>A pay plan's new version took effect.</summary>
    NewSalaries,
}

/// <summary>
/// One change as the What changed pages, the feed and a class page show it: when, what kind, to which page, the
/// words of the spec or the commit, and what changed in a retitle or regrade (Detail).
/// </summary>
public sealed record ChangeView(
    string Kind,
    string Date,
    string Iso,
    string Subject,
    string Url,
    string Jurisdiction,
    string Text,
    string Detail,
    string Link,
    string Anchor)
{
    /// <summary>The instant the change sorts and is dated by in the feed: a commit's, or the spec date's first day at 00:00 UTC.</summary>
    internal DateTimeOffset Updated { get; init; }

    /// <summary>Of two changes of one instant, the lower sorts first: a commit's place in the log; stated changes after commits.</summary>
    internal int Sequence { get; init; } = int.MaxValue;

    /// <summary>
    /// What identifies the change for good, the fragment of its Atom id: a commit's id and the file's path in it, or the
    /// jurisdiction, key and kind of what a spec states, with its date and words; never a page's address, which a new
    /// code or title changes.
    /// </summary>
    internal string Id { get; init; } = string.Empty;
}

/// <summary>
/// The catalog's changes, newest first: those the specs state (a class established, revised, abolished; a history
/// entry; a pay plan's version taking effect) and, where the specs are in a git repository, those its commits made
/// (a file added, revised, retitled, regraded). The What changed pages list them all, the Atom feed the latest.
/// </summary>
public sealed class Changes
{
    /// <summary>The Atom feed's path.</summary>
    public const string FeedPath = "changes.xml";

    /// <summary>Changes a What changed page lists.</summary>
    public const int PageSize = 200;

    /// <summary>The commits a class, series or jurisdiction page lists, newest first.</summary>
    public const int PageCommits = 25;

    /// <summary>Changes the feed carries: the latest, as feeds do.</summary>
    public const int FeedSize = 50;

    private readonly Dictionary<string, IReadOnlyList<ChangeView>> commitsByFile = new(StringComparer.Ordinal);

    internal Changes(CatalogIndex index, PageBuilder pages, RepositoryHistory? history, string? commitUrl)
    {
        var all = new List<ChangeView>();
        foreach (var jurisdiction in index.Catalog.Jurisdictions)
        {
            foreach (var plan in jurisdiction.PayPlans)
            {
                PayPlanVersion? earlier = null;
                foreach (var version in plan.Versions)
                {
                    if (version.Effective is { } effective)
                    {
                        var changed = earlier is null ? version.Grades.Count : version.Grades.Count(g => earlier.Grades.FirstOrDefault(e => e.Grade == g.Grade) is not { } before || !before.Ranges.SequenceEqual(g.Ranges) || !before.Steps.SequenceEqual(g.Steps));
                        var text = earlier is null
                            ? $"Salaries of {Text.Count(version.Grades.Count, "grade", "grades")} in effect."
                            : $"New salaries: {Text.Count(changed, "grade", "grades")} of {version.Grades.Count} changed.";
                        all.Add(Stated(ChangeKind.NewSalaries, effective, plan.Name + (version.Name is { } name ? " " + name : string.Empty), PageBuilder.VersionUrl(jurisdiction.Key, plan, version), jurisdiction.Name, text, "plan-" + effective, jurisdiction.Key + "/" + plan.Key));
                    }

                    earlier = version;
                }
            }
        }

        foreach (var jurisdiction in index.Catalog.Jurisdictions)
        {
            Commits(all, history, commitUrl, jurisdiction.SourcePath, jurisdiction.Name, PageBuilder.JurisdictionUrl(jurisdiction), jurisdiction.Name);
        }

        foreach (var series in index.Catalog.Series)
        {
            var jurisdiction = index.JurisdictionOf(series).Name;
            var url = PageBuilder.SeriesUrl(series);
            var subject = series.Title + " class series";
            var identity = series.JurisdictionKey + "/series/" + series.Key;
            foreach (var entry in series.History)
            {
                all.Add(Stated(ChangeKind.Revised, entry.Date, subject, url, jurisdiction, entry.Text, HistoryAnchor(entry), identity));
            }

            Commits(all, history, commitUrl, series.SourcePath, subject, url, jurisdiction);
        }

        foreach (var jobClass in index.Catalog.Classes)
        {
            var jurisdiction = index.JurisdictionOf(jobClass).Name;
            var url = pages.ClassUrl(jobClass);
            var subject = jobClass.Title + (jobClass.Code is { } code ? " (" + code + ")" : string.Empty);
            var identity = jobClass.JurisdictionKey + "/" + jobClass.Key;
            if (jobClass.Established is { } established)
            {
                all.Add(Stated(ChangeKind.Established, established, subject, url, jurisdiction, "Class established.", "established", identity));
            }

            if (jobClass.Revised is { } revised)
            {
                all.Add(Stated(ChangeKind.Revised, revised, subject, url, jurisdiction, "Specification revised.", "revised", identity));
            }

            foreach (var entry in jobClass.History)
            {
                all.Add(Stated(ChangeKind.Revised, entry.Date, subject, url, jurisdiction, entry.Text, HistoryAnchor(entry), identity));
            }

            if (jobClass.Abolished is { } abolished)
            {
                var successor = jobClass.Successor is { } next ? index.FindClass(next.JurisdictionKey, next.Key) : null;
                all.Add(Stated(ChangeKind.Abolished, abolished, subject, url, jurisdiction, successor is null ? "Class abolished." : "Class abolished; succeeded by " + successor.Title + ".", "abolished", identity));
            }

            Commits(all, history, commitUrl, jobClass.SourcePath, subject, url, jurisdiction);
        }

        All = all
            .OrderByDescending(c => c.Updated)
            .ThenBy(c => c.Sequence)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Url, StringComparer.Ordinal)
            .ThenBy(c => c.Anchor, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every change, newest first; changes of one instant in the log's order, then by kind, subject and page.</summary>
    public IReadOnlyList<ChangeView> All { get; }

    /// <summary>The number of What changed pages: one, even when nothing changed, to say so.</summary>
    public int PageCount => Math.Max(1, (All.Count + PageSize - 1) / PageSize);

    /// <summary>
    /// The commits that changed a spec file, newest first, as its page lists them: the newest <see cref="PageCommits"/>,
    /// and how many earlier ones What changed lists (a jurisdiction file changed with every pay plan would otherwise
    /// make its page as long as its history).
    /// </summary>
    public CommitsView CommitsOf(string sourcePath)
    {
        var commits = commitsByFile.TryGetValue(sourcePath, out var all) ? all : Array.Empty<ChangeView>();
        return new CommitsView(commits.Take(PageCommits).ToList(), Math.Max(0, commits.Count - PageCommits));
    }

    /// <summary>The path of What changed page <paramref name="page"/> (1 is the newest).</summary>
    public static string PagePath(int page) => HandbookFolders.Changes + "/" + (page == 1 ? "index" : page.ToString(CultureInfo.InvariantCulture)) + ".html";

    /// <summary>
    /// The site's address as the feed needs it, absolute and ending in '/', or null when the base URL is a path (or
    /// none): Atom ids and links must be absolute, so there is then no feed.
    /// </summary>
    public static string? AbsoluteBase(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? (baseUrl.EndsWith("/", StringComparison.Ordinal) ? baseUrl : baseUrl + "/")
            : null;

    /// <summary>The address of a commit's changes: <paramref name="commitUrl"/> with {hash} replaced, or the repository's address and /commit/HASH.</summary>
    public static string CommitLink(string? commitUrl, string hash) => commitUrl is null
        ? string.Empty
        : commitUrl.Contains("{hash}") ? commitUrl.Replace("{hash}", hash) : commitUrl.TrimEnd('/') + "/commit/" + hash;

    /// <summary>Writes the Atom 1.0 feed (RFC 4287) of the latest changes, its ids and links from <paramref name="root"/>.</summary>
    public void WriteFeed(System.IO.Stream destination, string root, string title)
    {
        using var xml = XmlWriter.Create(destination, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" });
        var latest = All.Take(FeedSize).ToList();
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("id", Atom, Xml(root + FeedPath));
        xml.WriteElementString("title", Atom, Xml(title + ": what changed"));
        xml.WriteElementString("updated", Atom, Timestamp(latest.Count == 0 ? DateTimeOffset.UnixEpoch : latest[0].Updated));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, Xml(title));
        xml.WriteEndElement();
        Link(xml, "self", root + FeedPath, "application/atom+xml");
        Link(xml, "alternate", root + PagePath(1), "text/html");
        foreach (var change in latest)
        {
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("id", Atom, Xml(root + FeedPath + "#" + change.Id));
            xml.WriteElementString("title", Atom, Xml(change.Kind + ": " + change.Subject));
            xml.WriteElementString("updated", Atom, Timestamp(change.Updated));
            Link(xml, "alternate", root + change.Url, "text/html");
            if (change.Link.Length > 0)
            {
                Link(xml, "related", change.Link, null);
            }

            xml.WriteElementString("summary", Atom, Xml(change.Jurisdiction + ". " + (change.Detail.Length > 0 ? change.Detail + ". " : string.Empty) + change.Text));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        destination.WriteByte((byte)'\n');
    }

    private const string Atom = "http://www.w3.org/2005/Atom";

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", Xml(href));
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteEndElement();
    }

    /// <summary>Text XML 1.0 can hold: a control character a commit message may carry becomes U+FFFD.</summary>
    private static string Xml(string value)
    {
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(c).Append(value[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static string Timestamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ChangeView Stated(ChangeKind kind, SpecDate date, string subject, string url, string jurisdiction, string text, string anchor, string identity) =>
        new(Label(kind), Formatting.Date(date), Formatting.IsoDate(date), subject, url, jurisdiction, text, string.Empty, string.Empty, "change-" + anchor)
        {
            Updated = new DateTimeOffset(date.ToDateTime(), TimeSpan.Zero),
            Id = Uri.EscapeDataString(identity) + "/" + anchor,
        };

    /// <summary>A history entry's anchor: its date and a fingerprint of its words, so an entry added before it leaves it as it was.</summary>
    private static string HistoryAnchor(HistoryEntry entry)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Add(entry.Text);
        return "history-" + Formatting.IsoDate(entry.Date) + "-" + fingerprint.ToString().Substring(0, 8);
    }

    private void Commits(List<ChangeView> all, RepositoryHistory? history, string? commitUrl, string sourcePath, string subject, string url, string jurisdiction)
    {
        if (history is null)
        {
            return;
        }

        var commits = history.Of(sourcePath).Select(commit =>
        {
            // One commit may retitle, regrade and move a class at once: the kind is the first that applies, the detail says each.
            var retitled = commit is { PreviousTitle: { } oldTitle, Title: { } newTitle } && oldTitle != newTitle ? "Retitled from " + oldTitle : null;
            var regraded = commit is { PreviousGrade: { } oldGrade, Grade: { } newGrade } && oldGrade != newGrade ? "grade " + oldGrade + " → " + newGrade : null;
            var moved = commit is { Change: FileChange.Renamed, PreviousPath: { } from } ? "moved from " + from : null;
            var kind = commit.Change == FileChange.Added ? ChangeKind.Added : retitled is not null ? ChangeKind.Retitled : regraded is not null ? ChangeKind.Regraded : ChangeKind.Revised;
            var parts = commit.Change == FileChange.Added ? new List<string>() : new[] { retitled, regraded, moved }.OfType<string>().ToList();
            var detail = parts.Count == 0 ? string.Empty : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts).Substring(1);
            var day = SpecDate.TryParse(commit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var date) ? Formatting.Date(date) : string.Empty;
            return new ChangeView(Label(kind), day, commit.Date.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture), subject, url, jurisdiction, commit.Subject, detail, CommitLink(commitUrl, commit.Hash), "commit-" + commit.Hash)
            {
                Updated = commit.Date,
                Sequence = commit.Sequence,
                Id = "commit-" + commit.Hash + "/" + Uri.EscapeDataString(commit.PathThen),
            };
        }).ToList();
        commitsByFile[sourcePath] = commits;
        all.AddRange(commits);
    }

    /// <summary>How pages and the feed name each kind of change.</summary>
    private static string Label(ChangeKind kind) => kind switch
    {
        ChangeKind.Established => "Established",
        ChangeKind.Added => "Added",
        ChangeKind.Revised => "Revised",
        ChangeKind.Retitled => "Retitled",
        ChangeKind.Regraded => "Regraded",
        ChangeKind.Abolished => "Abolished",
        _ => "New salaries",
    };
}
