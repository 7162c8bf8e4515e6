using System;
using System.IO;

namespace SpecSdk.Specs.Tests;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Path_(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpecSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SpecSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
