using System.IO;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>Runs specsdk in this process with the given arguments and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>Copies the seed specs into <paramref name="specs"/> (created), for a test that changes them.</summary>
    public static string CopySeeds(string specs)
    {
        foreach (var file in Directory.GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(specs, Path.GetRelativePath(TestRepository.Path("seeds"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return specs;
    }

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
