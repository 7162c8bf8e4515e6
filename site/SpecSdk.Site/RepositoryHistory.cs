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
/// A commit that touched a spec file: its id, author date and subject line, how it changed the file, and the class's
/// (or series') title and the class's grade before and after it, as the spec reader reads the two versions (null where a version is no class
/// file or could not be read).
/// </summary>
public sealed record FileCommit(
    string Hash,
    DateTimeOffset Date,
    string Subject,
    FileChange Change,
    string? PreviousPath,
    string? PreviousTitle,
    string? PreviousGrade,
    string? Title,
    string? Grade);

/// <summary>
/// The commits of the repository that holds a spec folder, by spec file: read with the <c>git</c> command line in
/// one pass of <c>git log -M</c>, renames followed back from each file's path today, and the versions a commit
/// changed read through the spec reader in one <c>git cat-file --batch</c>, so a retitled or regraded class is
/// known without a second parser. Three processes a build, whatever the number of files and commits.
/// </summary>
public sealed class RepositoryHistory
{
    /// <summary>The fields of a commit as <c>git log</c> writes them: id, author date (strict ISO 8601), subject.</summary>
    private const string Format = "%x1e%H%x00%aI%x00%s";

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
        Run? shallow;
        try
        {
            shallow = Git(folder, null, "rev-parse", "--is-shallow-repository");
        }
        catch (Win32Exception)
        {
            return (null, null);
        }

        if (shallow.ExitCode != 0)
        {
            return (null, null);
        }

        // A repository with no commit yet has no history to show, and no problem to report.
        if (Git(folder, null, "rev-parse", "-q", "--verify", "HEAD").ExitCode != 0)
        {
            return (new RepositoryHistory(new Dictionary<string, IReadOnlyList<FileCommit>>(StringComparer.Ordinal), false), null);
        }

        var log = Git(folder, null, "-c", "core.quotepath=off", "-c", "i18n.logOutputEncoding=UTF-8", "log", "-M", "--raw", "-z", "--no-abbrev", "--no-color", "--no-show-signature", "--format=" + Format, "--relative", "--", ".");
        if (log.ExitCode != 0)
        {
            return (null, "git could not read the history of the spec folder (" + Utf8.GetString(log.Error).Trim().Split('\n')[0] + "); the pages show no commits.");
        }

        var current = files.ToDictionary(f => f.Path, f => Fields(f.Document), StringComparer.Ordinal);
        var changes = Parse(log.Output, new HashSet<string>(current.Keys, StringComparer.Ordinal));
        var versions = ReadVersions(folder, changes, Committed(folder, current));
        var byFile = changes
            .GroupBy(c => c.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FileCommit>)g.Select(c => Commit(c, versions)).ToList(), StringComparer.Ordinal);
        return (new RepositoryHistory(byFile, Utf8.GetString(shallow.Output).Trim() == "true"), null);
    }

    private static FileCommit Commit(RawChange change, IReadOnlyDictionary<string, (string? Title, string? Grade)> versions)
    {
        var before = change.Before == NoObject || !versions.TryGetValue(change.Before, out var old) ? (null, null) : old;
        var after = versions.TryGetValue(change.After, out var now) ? now : (null, null);
        return new FileCommit(change.Hash, change.Date, change.Subject, change.Change, change.PreviousPath, before.Title, before.Grade, after.Title, after.Grade);
    }

    /// <summary>One file of one commit, as the log names it, already followed to the file's path today.</summary>
    private sealed record RawChange(string Path, string Hash, DateTimeOffset Date, string Subject, FileChange Change, string? PreviousPath, string Before, string After);

    /// <summary>
    /// The log's changes to files in <paramref name="wanted"/>, newest first. The log runs from the newest commit back,
    /// so a rename maps the older name to the file it became, and an addition ends the file's past: a commit before it
    /// that touched the same name touched another file.
    /// </summary>
    private static List<RawChange> Parse(byte[] output, HashSet<string> wanted)
    {
        // The log's tokens are separated by NUL: a commit is "\x1eHASH", its date and its subject, then for each file a
        // raw line (":mode mode before after STATUS") and one path, or two for a rename or copy.
        var tokens = Tokens(output);
        var now = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Resolve(string path) => now.TryGetValue(path, out var current) ? current : wanted.Contains(path) ? path : null;
        var changes = new List<RawChange>();
        string hash = string.Empty, subject = string.Empty;
        var date = default(DateTimeOffset);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.StartsWith("\u001e", StringComparison.Ordinal) && i + 2 < tokens.Count)
            {
                hash = token.Substring(1);
                date = DateTimeOffset.TryParse(tokens[i + 1], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : default;
                subject = tokens[i + 2];
                i += 2;
                continue;
            }

            if (!token.StartsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = token.Split(' ');
            var status = fields.Length == 5 ? fields[4] : string.Empty;
            var paired = status.StartsWith("R", StringComparison.Ordinal) || status.StartsWith("C", StringComparison.Ordinal);
            if (fields.Length != 5 || i + (paired ? 2 : 1) >= tokens.Count)
            {
                continue;
            }

            var (before, after) = (fields[2], fields[3]);
            var from = tokens[i + 1];
            var to = paired ? tokens[i + 2] : from;
            i += paired ? 2 : 1;
            var file = Resolve(to);
            switch (status[0])
            {
                case 'A':
                case 'C':
                    // Older commits that name this path touched a file that no longer leads here.
                    now[to] = null;
                    if (file is not null)
                    {
                        changes.Add(new RawChange(file, hash, date, subject, FileChange.Added, null, NoObject, after));
                    }

                    break;
                case 'R':
                    now[to] = null;
                    now[from] = file;
                    if (file is not null)
                    {
                        changes.Add(new RawChange(file, hash, date, subject, FileChange.Renamed, from, before, after));
                    }

                    break;
                case 'M':
                case 'T':
                    if (file is not null)
                    {
                        changes.Add(new RawChange(file, hash, date, subject, FileChange.Modified, null, before, after));
                    }

                    break;
                case 'D':
                    // Older commits with this name touched a file that was deleted, unless a later one added it again.
                    now[from] = null;
                    break;
            }
        }

        return changes;
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
    /// The versions in HEAD of the files on disk that are as HEAD has them (<c>git ls-tree</c> gives each file's
    /// object, <c>git diff HEAD</c> the files changed since), by object id, with what <paramref name="current"/> read
    /// from them.
    /// </summary>
    private static Dictionary<string, (string? Title, string? Grade)> Committed(string folder, Dictionary<string, (string? Title, string? Grade)> current)
    {
        var known = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        var tree = Git(folder, null, "ls-tree", "-r", "-z", "HEAD");
        var changed = Git(folder, null, "diff", "--name-only", "-z", "--no-renames", "--relative", "HEAD", "--", ".");
        if (tree.ExitCode != 0 || changed.ExitCode != 0)
        {
            return known;
        }

        var dirty = new HashSet<string>(Tokens(changed.Output), StringComparer.Ordinal);
        foreach (var entry in Tokens(tree.Output))
        {
            // "MODE TYPE ID\tPATH"
            var tab = entry.IndexOf('\t');
            var fields = tab < 0 ? Array.Empty<string>() : entry.Substring(0, tab).Split(' ');
            var path = tab < 0 ? string.Empty : entry.Substring(tab + 1);
            if (fields.Length == 3 && fields[1] == "blob" && !dirty.Contains(path) && current.TryGetValue(path, out var read))
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
