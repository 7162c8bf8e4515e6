using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SpecSdk.Specs;

namespace SpecSdk.Site;

/// <summary>How a commit changed a spec file.</summary>
public enum FileChange
{
    /// <summary>The commit added the file.</summary>
    Added,

    /// <summary>The commit changed the file in place.</summary>
    Modified,

    /// <summary>The commit moved the file (and may have changed it).</summary>
    Renamed,
}

/// <summary>
/// A commit that touched a spec file: its id; the date it reached the branch the handbook is built from (its own
/// committer date on that branch's first-parent line, else that of the first commit there that has it: the merge
/// that brought it in); its subject line; the file's path in it (relative to the repository); how it changed the
/// file; and the class's (or series') title and the class's grade before and after it, as the spec reader reads the
/// two versions (null where a version is no class file or could not be read).
/// </summary>
public sealed record FileCommit(
    string Hash,
    DateTimeOffset Date,
    string Subject,
    string PathThen,
    FileChange Change,
    string? PreviousPath,
    string? PreviousTitle,
    string? PreviousGrade,
    string? Title,
    string? Grade)
{
    /// <summary>The commit's place in the log, 0 the newest: of two commits of one instant, the lower is the later.</summary>
    public int Sequence { get; init; }
}

/// <summary>
/// The commits of the repository that holds a spec folder, by spec file: read with the <c>git</c> command line in
/// one pass of <c>git log -M</c>, renames followed back from each file's path today, and the versions a commit
/// changed read through the spec reader in one <c>git cat-file --batch</c>, so a retitled or regraded class is
/// known without a second parser. Three processes a build, whatever the number of files and commits.
/// </summary>
public sealed class RepositoryHistory
{
    /// <summary>The fields of a commit as <c>git log</c> writes them: id, parents, committer date (strict ISO 8601), subject.</summary>
    private const string Format = "%x1e%H%x00%P%x00%cI%x00%s";

    /// <summary>Git's id of no object, the "before" of an added file.</summary>
    private const string NoObject = "0000000000000000000000000000000000000000";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, IReadOnlyList<FileCommit>> byFile;

    private RepositoryHistory(Dictionary<string, IReadOnlyList<FileCommit>> byFile, bool shallow)
    {
        this.byFile = byFile;
        Shallow = shallow;
    }

    /// <summary>True when the repository is a shallow clone: its history stops at the clone's depth.</summary>
    public bool Shallow { get; }

    /// <summary>
    /// The commits that touched the spec file at <paramref name="sourcePath"/> (relative to the spec folder, '/'
    /// separated), newest first, under the earlier names it had; empty when none did.
    /// </summary>
    public IReadOnlyList<FileCommit> Of(string sourcePath) => byFile.TryGetValue(sourcePath, out var commits) ? commits : Array.Empty<FileCommit>();

    /// <summary>
    /// The history of the spec files <paramref name="files"/> (as read from <paramref name="specDirectory"/>, paths
    /// relative to it) in the git repository that holds the folder. Null, with no problem, when the folder is in no
    /// repository or git is not installed: the pages then say nothing of commits. A repository git cannot read gives
    /// null and the problem. A version that is the file as committed in HEAD and unchanged on disk is known from
    /// <paramref name="files"/> and not read again.
    /// </summary>
    public static (RepositoryHistory? History, string? Problem) Read(string specDirectory, IEnumerable<SpecFile> files)
    {
        var folder = Path.GetFullPath(specDirectory);
        Run where;
        try
        {
            where = Git(folder, null, "rev-parse", "--is-shallow-repository", "--show-prefix");
        }
        catch (Win32Exception)
        {
            return (null, null);
        }

        if (where.ExitCode != 0)
        {
            // Only a folder in no repository is silent; any other failure (a repository git refuses as of dubious
            // ownership, an unreadable .git) is said, or the pages would quietly show no commits.
            var message = FirstLine(where.Error);
            return message.Contains("not a git repository", StringComparison.OrdinalIgnoreCase) ? (null, null) : (null, "git could not open the repository of the spec folder (" + message + "); the pages show no commits.");
        }

        var lines = Utf8.GetString(where.Output).Split('\n');
        var shallow = lines[0].Trim() == "true";
        var prefix = lines.Length > 1 ? lines[1].Trim() : string.Empty;

        // A repository with no commit yet has no history to show, and no problem to report.
        if (Git(folder, null, "rev-parse", "-q", "--verify", "HEAD").ExitCode != 0)
        {
            return (new RepositoryHistory(new Dictionary<string, IReadOnlyList<FileCommit>>(StringComparer.Ordinal), false), null);
        }

        // The whole repository's log, not the spec folder's: git finds renames among the paths it is given, so a folder
        // limited to itself would take a file moved in (or the folder moved) for a new one. -m gives a merge's changes
        // against each parent, which say the names a file had on each side.
        var log = Git(folder, null, "-c", "core.quotepath=off", "-c", "i18n.logOutputEncoding=UTF-8", "log", "-M", "-m", "--topo-order", "--raw", "-z", "--no-abbrev", "--no-color", "--no-show-signature", "--format=" + Format);
        if (log.ExitCode != 0)
        {
            return (null, "git could not read the history of the spec folder (" + FirstLine(log.Error) + "); the pages show no commits.");
        }

        var current = files.ToDictionary(f => f.Path, f => Fields(f.Document), StringComparer.Ordinal);
        var (dirty, moved) = Uncommitted(folder);
        var commits = Commits(Tokens(log.Output));
        SeparateMerges(folder, commits);
        var changes = Parse(commits, prefix, new HashSet<string>(current.Keys, StringComparer.Ordinal), moved);
        var versions = ReadVersions(folder, changes, Committed(folder, prefix, current, dirty));
        var byFile = changes
            .GroupBy(c => c.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FileCommit>)g.Select(c => Commit(c, versions)).ToList(), StringComparer.Ordinal);
        return (new RepositoryHistory(byFile, shallow), null);
    }

    private static string FirstLine(byte[] error) => Utf8.GetString(error).Trim().Split('\n')[0].Trim();

    private static FileCommit Commit(RawChange change, IReadOnlyDictionary<string, (string? Title, string? Grade)> versions)
    {
        var before = change.Before == NoObject || !versions.TryGetValue(change.Before, out var old) ? (null, null) : old;
        var after = versions.TryGetValue(change.After, out var now) ? now : (null, null);
        return new FileCommit(change.Hash, change.Date, change.Subject, change.PathThen, change.Change, change.PreviousPath, before.Title, before.Grade, after.Title, after.Grade) { Sequence = change.Sequence };
    }

    /// <summary>One file of one commit, followed to the file's path today (<paramref name="Path"/>, relative to the spec folder).</summary>
    private sealed record RawChange(string Path, string Hash, DateTimeOffset Date, string Subject, string PathThen, FileChange Change, string? PreviousPath, string Before, string After)
    {
        public int Sequence { get; init; }
    }

    /// <summary>A commit of the log: its parents, committer date and subject, and its changes against each parent (one list for a commit that is no merge).</summary>
    private sealed class LogCommit(string hash, string[] parents, DateTimeOffset date, string subject)
    {
        public string Hash { get; } = hash;

        public string[] Parents { get; } = parents;

        public DateTimeOffset Date { get; } = date;

        public string Subject { get; } = subject;

        public List<List<(string Status, string Before, string After, string From, string To)>> Diffs { get; } = new();
    }

    /// <summary>
    /// What the paths of one commit lead to: a path renamed since to the file it became (repository paths), or to null
    /// where the file it named ended (was deleted, or added anew after it); any other path is itself. Shared by the
    /// commits that have the same, and copied before a change when more than one holds it.
    /// </summary>
    private sealed class Names
    {
        public Names(Dictionary<string, string?> paths)
        {
            Paths = paths;
        }

        public Dictionary<string, string?> Paths { get; }

        public int Holders { get; set; }
    }

    /// <summary>
    /// The log's changes to the files in <paramref name="wanted"/> (relative to the spec folder, which is
    /// <paramref name="prefix"/> in the repository), newest first. The log lists a commit before its parents, so a
    /// rename maps the older name to the file it became for the commits of that line of history, and an addition
    /// ends the file's past there: a commit before it that touched the same name touched another file. A merge
    /// records no change of its own; its changes against each parent carry the names over to that parent's line.
    /// <paramref name="moved"/> maps the names of the files renamed since HEAD (repository paths) to the name today.
    /// </summary>
    private static List<RawChange> Parse(List<LogCommit> commits, string prefix, HashSet<string> wanted, IReadOnlyDictionary<string, string> moved)
    {
        var names = new Dictionary<string, Names>(StringComparer.Ordinal);
        var landed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var mainline = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<RawChange>();
        if (commits.Count == 0)
        {
            return changes;
        }

        var head = new Names(moved.ToDictionary(m => m.Key, m => (string?)m.Value, StringComparer.Ordinal));
        foreach (var target in moved.Values)
        {
            head.Paths.TryAdd(target, null);
        }

        names[commits[0].Hash] = head;
        head.Holders = 1;
        mainline.Add(commits[0].Hash);
        for (var sequence = 0; sequence < commits.Count; sequence++)
        {
            var commit = commits[sequence];
            var map = names.TryGetValue(commit.Hash, out var known) ? known : new Names(new Dictionary<string, string?>(StringComparer.Ordinal)) { Holders = 1 };
            names.Remove(commit.Hash);
            var date = mainline.Contains(commit.Hash) || !landed.TryGetValue(commit.Hash, out var reached) ? commit.Date : reached;
            for (var p = 0; p < Math.Max(1, commit.Parents.Length); p++)
            {
                var diff = p < commit.Diffs.Count ? commit.Diffs[p] : new List<(string Status, string Before, string After, string From, string To)>();

                // Every path is resolved against the names before the commit, then the names for its parent are made.
                var files = diff.Select(d => Resolve(map, d.To)).ToList();
                if (commit.Parents.Length <= 1)
                {
                    for (var d = 0; d < diff.Count; d++)
                    {
                        if (files[d] is { } file && Change(diff[d], file.Substring(prefix.Length), commit, date, prefix) is { } change)
                        {
                            changes.Add(change with { Sequence = sequence });
                        }
                    }
                }

                if (p >= commit.Parents.Length)
                {
                    continue;
                }

                var forParent = map;
                if (diff.Any(d => d.Status[0] is 'A' or 'C' or 'R' or 'D'))
                {
                    forParent = map.Holders == 1 && commit.Parents.Length == 1 ? map : new Names(new Dictionary<string, string?>(map.Paths, StringComparer.Ordinal));
                    for (var d = 0; d < diff.Count; d++)
                    {
                        var (status, _, _, from, to) = diff[d];
                        switch (status[0])
                        {
                            case 'A':
                            case 'C':
                                // Older commits that name this path touched a file that no longer leads here.
                                forParent.Paths[to] = null;
                                break;
                            case 'R':
                                forParent.Paths[to] = null;
                                forParent.Paths[from] = files[d];
                                break;
                            case 'D':
                                // Older commits with this name touched a file that was deleted, unless a later one added it again.
                                forParent.Paths[from] = null;
                                break;
                        }
                    }
                }

                var parent = commit.Parents[p];
                Hand(names, parent, forParent);
                if (p == 0 && mainline.Contains(commit.Hash))
                {
                    mainline.Add(parent);
                }
                else if (!landed.TryGetValue(parent, out var earlier) || date < earlier)
                {
                    // A commit reaches the branch with the first commit on its first-parent line that has it.
                    landed[parent] = date;
                }
            }

            map.Holders--;
        }

        return changes;

        string? Resolve(Names at, string path) => at.Paths.TryGetValue(path, out var file)
            ? file
            : path.StartsWith(prefix, StringComparison.Ordinal) && wanted.Contains(path.Substring(prefix.Length)) ? path : null;
    }

    /// <summary>The change <paramref name="entry"/> of <paramref name="commit"/> made to the file <paramref name="file"/> (relative to the spec folder), or null for a deletion.</summary>
    private static RawChange? Change((string Status, string Before, string After, string From, string To) entry, string file, LogCommit commit, DateTimeOffset date, string prefix) => entry.Status[0] switch
    {
        'A' or 'C' => new RawChange(file, commit.Hash, date, commit.Subject, entry.To, FileChange.Added, null, NoObject, entry.After),
        'R' => new RawChange(file, commit.Hash, date, commit.Subject, entry.To, FileChange.Renamed, entry.From.StartsWith(prefix, StringComparison.Ordinal) ? entry.From.Substring(prefix.Length) : "/" + entry.From, entry.Before, entry.After),
        'M' or 'T' => new RawChange(file, commit.Hash, date, commit.Subject, entry.To, FileChange.Modified, null, entry.Before, entry.After),
        _ => null,
    };

    /// <summary>
    /// Gives <paramref name="parent"/> the names <paramref name="names"/> of a child. A parent of several children (a
    /// branch point) gets what they agree on, and where they differ the file a path still leads to on one line wins
    /// over its end on another: a file one branch deleted and the merge kept is the file the other line carries on.
    /// </summary>
    private static void Hand(Dictionary<string, Names> all, string parent, Names names)
    {
        if (!all.TryGetValue(parent, out var existing))
        {
            all[parent] = names;
            names.Holders++;
            return;
        }

        if (ReferenceEquals(existing, names))
        {
            return;
        }

        var merged = existing.Holders == 1 ? existing : new Names(new Dictionary<string, string?>(existing.Paths, StringComparer.Ordinal)) { Holders = 1 };
        foreach (var (path, file) in names.Paths)
        {
            if (file is not null && (!merged.Paths.TryGetValue(path, out var other) || other is null))
            {
                merged.Paths[path] = file;
            }
        }

        // A path that ends on the earlier child's line and is itself on this one (no entry) is itself.
        foreach (var ended in merged.Paths.Where(p => p.Value is null && !names.Paths.ContainsKey(p.Key)).Select(p => p.Key).ToList())
        {
            merged.Paths.Remove(ended);
        }

        if (!ReferenceEquals(merged, existing))
        {
            existing.Holders--;
            all[parent] = merged;
        }
    }

    /// <summary>
    /// The commits of the log's tokens, in the log's order. The tokens are separated by NUL: a commit is "\x1eHASH",
    /// its parents, its date and its subject, then for each file a raw line (":mode mode before after STATUS") and one
    /// path, or two for a rename or copy; a merge comes once for each parent, with its changes against that parent.
    /// </summary>
    private static List<LogCommit> Commits(List<string> tokens)
    {
        var commits = new List<LogCommit>();
        var byHash = new Dictionary<string, LogCommit>(StringComparer.Ordinal);
        List<(string Status, string Before, string After, string From, string To)>? diff = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.StartsWith("\u001e", StringComparison.Ordinal) && i + 3 < tokens.Count)
            {
                var hash = token.Substring(1);
                if (!byHash.TryGetValue(hash, out var commit))
                {
                    var parents = tokens[i + 1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                    var date = DateTimeOffset.TryParse(tokens[i + 2], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : default;
                    commit = new LogCommit(hash, parents, date, Clean(tokens[i + 3]));
                    byHash.Add(hash, commit);
                    commits.Add(commit);
                }

                diff = new List<(string Status, string Before, string After, string From, string To)>();
                commit.Diffs.Add(diff);
                i += 3;
                continue;
            }

            if (diff is not null && Entry(tokens, ref i) is { } entry)
            {
                diff.Add(entry);
            }
        }

        return commits;
    }

    /// <summary>
    /// The raw diff line at <paramref name="i"/> (":mode mode before after STATUS", then one path, or two for a rename
    /// or copy), moving past its paths; null for any other token.
    /// </summary>
    private static (string Status, string Before, string After, string From, string To)? Entry(List<string> tokens, ref int i)
    {
        var token = tokens[i].TrimStart('\n');
        if (!token.StartsWith(":", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = token.Split(' ');
        var status = fields.Length == 5 ? fields[4] : string.Empty;
        var paired = status.StartsWith("R", StringComparison.Ordinal) || status.StartsWith("C", StringComparison.Ordinal);
        if (fields.Length != 5 || status.Length == 0 || i + (paired ? 2 : 1) >= tokens.Count)
        {
            return null;
        }

        var from = tokens[i + 1];
        var to = paired ? tokens[i + 2] : from;
        i += paired ? 2 : 1;
        return (status, fields[2], fields[3], from, to);
    }

    /// <summary>
    /// Gives each merge its changes against each parent. <c>git log -m</c> writes them in the parents' order but leaves
    /// out an empty one (a merge made with -s ours, a branch whose commits were already picked), and then cannot say
    /// which parent a list is against; such a merge is diffed against each parent on its own (<c>git diff-tree</c>).
    /// </summary>
    private static void SeparateMerges(string folder, List<LogCommit> commits)
    {
        foreach (var merge in commits.Where(c => c.Parents.Length > 1 && c.Diffs.Count != c.Parents.Length))
        {
            merge.Diffs.Clear();
            foreach (var parent in merge.Parents)
            {
                var diff = new List<(string Status, string Before, string After, string From, string To)>();
                var run = Git(folder, null, "-c", "core.quotepath=off", "diff-tree", "-M", "-r", "-z", "--raw", "--no-abbrev", parent, merge.Hash);
                var tokens = Tokens(run.Output);
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (Entry(tokens, ref i) is { } entry)
                    {
                        diff.Add(entry);
                    }
                }

                merge.Diffs.Add(diff);
            }
        }
    }

    /// <summary>A subject line as text a page can hold: a control character a commit message may carry becomes U+FFFD.</summary>
    private static string Clean(string subject)
    {
        var clean = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            clean.Append(char.IsControl(c) ? '\uFFFD' : c);
        }

        return clean.ToString();
    }

    private static List<string> Tokens(byte[] output)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] == 0)
            {
                tokens.Add(Utf8.GetString(output, start, i - start));
                start = i + 1;
            }
        }

        if (start < output.Length)
        {
            tokens.Add(Utf8.GetString(output, start, output.Length - start));
        }

        return tokens;
    }

    /// <summary>The title and grade a version of a spec gives: a class's, or a series' title; none for any other file.</summary>
    private static (string? Title, string? Grade) Fields(SpecDocument? document) => document switch
    {
        ClassDocument c => (c.Class.Title, c.Class.Grade),
        SeriesDocument s => (s.Series.Title, null),
        _ => (null, null),
    };

    /// <summary>
    /// The files of the spec folder changed since HEAD (<c>git diff HEAD</c>, relative to the folder), and those of them
    /// renamed (<c>git mv</c>), from their name in HEAD to their name today (repository paths): a file renamed and not
    /// yet committed keeps its history.
    /// </summary>
    private static (HashSet<string> Dirty, Dictionary<string, string> Moved) Uncommitted(string folder)
    {
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        var diff = Git(folder, null, "-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "HEAD", "--", ".");
        if (diff.ExitCode != 0)
        {
            return (dirty, moved);
        }

        // "STATUS\0PATH\0", or "RNNN\0FROM\0TO\0" for a rename; paths relative to the repository.
        var tokens = Tokens(diff.Output);
        for (var i = 0; i + 1 < tokens.Count; i += 2)
        {
            var status = tokens[i];
            dirty.Add(tokens[i + 1]);
            if (status.StartsWith("R", StringComparison.Ordinal) && i + 2 < tokens.Count)
            {
                moved[tokens[i + 1]] = tokens[i + 2];
                dirty.Add(tokens[++i + 1]);
            }
        }

        return (dirty, moved);
    }

    /// <summary>
    /// The versions in HEAD of the files on disk that are as HEAD has them (<c>git ls-tree</c> gives each file's
    /// object; <paramref name="dirty"/> holds the files changed since, as repository paths; the spec folder is
    /// <paramref name="at"/> in the repository), by object id, with what <paramref name="current"/> read from them.
    /// </summary>
    private static Dictionary<string, (string? Title, string? Grade)> Committed(string folder, string at, Dictionary<string, (string? Title, string? Grade)> current, HashSet<string> dirty)
    {
        var known = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        var tree = Git(folder, null, "ls-tree", "-r", "-z", "--full-name", "HEAD");
        if (tree.ExitCode != 0)
        {
            return known;
        }

        foreach (var entry in Tokens(tree.Output))
        {
            // "MODE TYPE ID\tPATH", the path the repository's.
            var tab = entry.IndexOf('\t');
            var fields = tab < 0 ? Array.Empty<string>() : entry.Substring(0, tab).Split(' ');
            var path = tab < 0 ? string.Empty : entry.Substring(tab + 1);
            if (fields.Length == 3 && fields[1] == "blob" && !dirty.Contains(path) && path.StartsWith(at, StringComparison.Ordinal) && current.TryGetValue(path.Substring(at.Length), out var read))
            {
                known[fields[2]] = read;
            }
        }

        return known;
    }

    /// <summary>
    /// The title and grade of every version the changes name: those <paramref name="known"/> has, and each other read
    /// once, through the spec reader.
    /// </summary>
    private static IReadOnlyDictionary<string, (string? Title, string? Grade)> ReadVersions(string folder, List<RawChange> changes, Dictionary<string, (string? Title, string? Grade)> known)
    {
        var ids = changes.SelectMany(c => new[] { (Id: c.Before, c.Path), (Id: c.After, c.Path) })
            .Where(v => v.Id != NoObject && !known.ContainsKey(v.Id))
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var read = known;
        if (ids.Count == 0)
        {
            return read;
        }

        // The objects are read as git writes them, each into its own array, never the whole output at once.
        var blobs = new (string Id, string Path, byte[]? Bytes)[ids.Count];
        Git(folder, string.Concat(ids.Select(v => v.Id + "\n")), output =>
        {
            for (var i = 0; i < ids.Count; i++)
            {
                blobs[i] = (ids[i].Id, ids[i].Path, Blob(output));
            }
        }, "cat-file", "--batch");

        var versions = new (string?, string?)[blobs.Length];
        Parallel.For(0, blobs.Length, i =>
        {
            versions[i] = Fields(blobs[i].Bytes is { } bytes ? SpecReader.Read(blobs[i].Path, bytes, FrontMatter).Document : null);
        });
        for (var i = 0; i < blobs.Length; i++)
        {
            read[blobs[i].Id] = versions[i];
        }

        return read;
    }

    /// <summary>Each version is read for its title and grade, which are in its front matter.</summary>
    private static readonly SpecReaderOptions FrontMatter = new() { FrontMatterOnly = true };

    /// <summary>
    /// The next object of <c>cat-file --batch</c>'s output ("ID TYPE SIZE\n", the bytes, "\n"): its bytes, or null for
    /// an object it has not ("ID missing\n"), one that is no file, or a file too large for the reader.
    /// </summary>
    private static byte[]? Blob(Stream output)
    {
        var header = new StringBuilder();
        for (var b = output.ReadByte(); b != '\n'; b = output.ReadByte())
        {
            if (b < 0)
            {
                return null;
            }

            header.Append((char)b);
        }

        var fields = header.ToString().Split(' ');
        if (fields.Length != 3 || !int.TryParse(fields[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        var keep = fields[1] == "blob" && size <= SpecReaderOptions.DefaultMaxCharacters;
        var bytes = new byte[keep ? size : 0];
        var buffer = keep ? bytes : new byte[81920];
        for (var left = size; left > 0;)
        {
            var read = output.Read(buffer, keep ? size - left : 0, keep ? left : Math.Min(left, buffer.Length));
            if (read <= 0)
            {
                return null;
            }

            left -= read;
        }

        output.ReadByte();
        return keep ? bytes : null;
    }

    private sealed record Run(int ExitCode, byte[] Output, byte[] Error);

    /// <summary>Runs git in <paramref name="folder"/> with no pager, prompt or lock, feeding it <paramref name="input"/>.</summary>
    private static Run Git(string folder, string? input, params string[] arguments) => Git(folder, input, null, arguments);

    /// <summary>Runs git as <see cref="Git(string, string?, string[])"/> does; <paramref name="read"/>, when given, reads its output as it comes, and none is kept.</summary>
    private static Run Git(string folder, string? input, Action<Stream>? read, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // git runs in the spec folder: a repository named relative to where specsdk was started is made absolute.
        foreach (var name in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR" })
        {
            if (start.Environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) && !Path.IsPathRooted(value))
            {
                start.Environment[name] = Path.GetFullPath(value);
            }
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var error = new MemoryStream();
        var source = process.StandardOutput.BaseStream;
        var reading = Task.WhenAll(read is null ? source.CopyToAsync(output) : Task.Run(() => read(new BufferedStream(source, 1 << 16))), process.StandardError.BaseStream.CopyToAsync(error));
        var bytes = input is null ? Array.Empty<byte>() : Encoding.ASCII.GetBytes(input);
        process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
        process.StandardInput.Close();
        reading.GetAwaiter().GetResult();
        process.WaitForExit();
        return new Run(process.ExitCode, output.ToArray(), error.ToArray());
    }
}
