using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SpecSdk.Testing;

/// <summary>
/// A git repository in a temporary folder, for tests of what the handbook reads from history: files written and
/// committed with the dates given, by a fixed author, with no user or system configuration read.
/// </summary>
internal sealed class GitFolder : IDisposable
{
    /// <summary>A repository in <paramref name="root"/> (created when missing), or in a new temporary folder.</summary>
    public GitFolder(string? root = null)
    {
        Root = root is null ? Directory.CreateTempSubdirectory("specsdk-git-").FullName : Directory.CreateDirectory(root).FullName;
        Git("init", "-q", "-b", "main");
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
    }

    /// <summary>Stages everything and commits it with <paramref name="message"/> (raw bytes, so a test can give invalid UTF-8) at <paramref name="date"/>.</summary>
    public string Commit(byte[] message, string date)
    {
        Git("add", "-A");
        var file = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, message);
            GitAt(date, "commit", "-q", "--allow-empty-message", "--cleanup=verbatim", "-F", file);
        }
        finally
        {
            File.Delete(file);
        }

        return Git("rev-parse", "HEAD").Trim();
    }

    public string Commit(string message, string date) => Commit(Encoding.UTF8.GetBytes(message), date);

    public string Git(params string[] arguments) => GitAt(null, arguments);

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Runs git in the repository, with both dates set to <paramref name="date"/> when given; a failure fails the test.</summary>
    private string GitAt(string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = "HR Analyst";
        start.Environment["GIT_AUTHOR_EMAIL"] = "hr@example.gov";
        start.Environment["GIT_COMMITTER_NAME"] = "HR Analyst";
        start.Environment["GIT_COMMITTER_EMAIL"] = "hr@example.gov";
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed: {error.Result}");
        }

        return output;
    }
}
