using System;
using System.IO;

namespace SpecSdk.Testing;

/// <summary>The repository the tests run in, found from the test's output folder. Linked into each test project.</summary>
internal static class TestRepository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    /// <summary>Copies the seed spec files (*.md, not the originals) into <paramref name="target"/>, keeping their folders.</summary>
    public static void CopySeeds(string target)
    {
        var seeds = Path("seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.md", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(seeds, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SpecSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SpecSdk.sln was not found above " + AppContext.BaseDirectory + ": run the tests from the repository.");
    }
}
