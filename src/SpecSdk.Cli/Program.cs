using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace SpecSdk.Cli;

/// <summary>The specsdk command. Exit codes: 0 success, 1 a spec has errors, 2 bad usage.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given streams.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var result = CreateRoot(output, error).Parse(args);
        if (result.Errors.Count > 0)
        {
            error.WriteLine(DiagnosticPrinter.OneLine(UsageError(result)));
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The command tree: every command with its options and arguments.</summary>
    public static RootCommand CreateRoot(TextWriter output, TextWriter error) => new("SpecSdk: job class specifications as source.")
    {
        BuildCommand.Create(output, error),
        ValidateCommand.Create(output, error),
        ImportCommand.Create(output, error),
        NewCommand.Create(output, error),
        ServeCommand.Create(output, error),
        InitCommand.Create(output, error),
    };

    /// <summary>
    /// The parse errors as one line, each message's own line breaks and tabs folded into spaces, with the command
    /// whose help lists the options: what a script's log or a terminal shows in one glance.
    /// </summary>
    private static string UsageError(ParseResult result)
    {
        var messages = result.Errors.Select(e => string.Join(" ", e.Message.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim())));
        var names = new List<string>();
        for (Command? command = result.CommandResult.Command; command is not null and not RootCommand; command = command.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, command.Name);
        }

        names.Insert(0, "specsdk");
        return "specsdk: " + string.Join(" ", messages.Select(m => m.EndsWith(".", StringComparison.Ordinal) ? m : m + ".")) + $" Run '{string.Join(" ", names)} --help' for usage.";
    }
}

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SpecErrors = 1;
    public const int Usage = 2;
}
