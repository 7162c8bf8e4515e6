using System;
using System.CommandLine;
using System.IO;

namespace SpecSdk.Cli;

/// <summary>The specsdk command. Exit codes: 0 success, 1 a spec has errors, 2 bad usage.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given streams.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SpecSdk: job class specifications as source.")
        {
            BuildCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            ImportCommand.Create(output, error),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine("specsdk: " + parseError.Message);
            }

            error.WriteLine("Run 'specsdk --help' for usage.");
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SpecErrors = 1;
    public const int Usage = 2;
}
