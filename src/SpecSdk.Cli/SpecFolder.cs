using System.CommandLine;
using System.IO;

namespace SpecSdk.Cli;

/// <summary>The spec folder argument every command takes, and its check.</summary>
internal static class SpecFolder
{
    public static Argument<DirectoryInfo> Argument(string name) => new(name)
    {
        Description = "The folder of spec files (*.md, read recursively).",
        DefaultValueFactory = _ => new DirectoryInfo("seeds"),
    };

    /// <summary>False, with the reason on <paramref name="error"/>, when the folder does not exist.</summary>
    public static bool Exists(DirectoryInfo directory, TextWriter error)
    {
        if (directory.Exists)
        {
            return true;
        }

        error.WriteLine($"specsdk: the folder '{directory.FullName}' does not exist.");
        return false;
    }

    /// <summary>False, with the reason on <paramref name="error"/>, when a theme folder was named and does not exist.</summary>
    public static bool ThemeExists(DirectoryInfo? theme, TextWriter error)
    {
        if (theme is not { Exists: false })
        {
            return true;
        }

        error.WriteLine($"specsdk: the theme folder '{theme.FullName}' does not exist.");
        return false;
    }
}
