using System.IO;

namespace SpecSdk.Cli;

/// <summary>
/// The one rule for the paths every command prints, in every format: relative to the repository root — the folder
/// given with <c>--root</c>, else the nearest folder above the spec folder that holds <c>.git</c> (a folder, or the
/// file of a worktree), else the current folder — so that a diagnostic names the file the same way whichever folder
/// the command ran in, and SARIF results map onto the repository. A file outside the root is shown by its full path.
/// </summary>
internal sealed class ShownPaths
{
    private ShownPaths(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>The folder paths are relative to, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>The paths of a command that reads <paramref name="near"/>: from <paramref name="given"/>, the repository holding it, or the current folder.</summary>
    public static ShownPaths For(DirectoryInfo near, DirectoryInfo? given) => new(given?.FullName ?? Repository(near) ?? Directory.GetCurrentDirectory());

    /// <summary><paramref name="fullPath"/> relative to the root, or the full path where it lies outside it.</summary>
    public string Show(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var relative = Path.GetRelativePath(Root, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, System.StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static string? Repository(DirectoryInfo near)
    {
        for (var folder = new DirectoryInfo(near.FullName); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
