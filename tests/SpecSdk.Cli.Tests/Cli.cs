using System.IO;

namespace SpecSdk.Cli.Tests;

/// <summary>Runs specsdk in this process with the given arguments and captures what it prints.</summary>
internal static class Cli
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
