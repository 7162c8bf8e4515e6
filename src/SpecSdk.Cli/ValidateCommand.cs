using System.CommandLine;
using System.Diagnostics;
using System.IO;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary><c>specsdk validate [DIR]</c>: reads every spec below DIR and reports every diagnostic.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = SpecFolder.Argument("DIR");
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors: exit with 1 when there is any.",
        };
        var command = new Command("validate", "Check spec files and report each problem as path(line,col): severity SPECnnn: message.")
        {
            directory,
            warningsAsErrors,
        };
        command.SetAction(parse => Run(parse.GetValue(directory)!, parse.GetValue(warningsAsErrors), output, error));
        return command;
    }

    private static int Run(DirectoryInfo directory, bool warningsAsErrors, TextWriter output, TextWriter error)
    {
        if (!SpecFolder.Exists(directory, error))
        {
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var result = SpecLoader.LoadDirectory(directory.FullName);
        var (errors, warnings) = DiagnosticPrinter.Print(result, directory, warningsAsErrors, output);
        var catalog = result.Catalog;
        output.WriteLine(
            $"{result.Files.Count} spec files: {catalog.Jurisdictions.Count} jurisdictions, {catalog.Series.Count} class series, {catalog.Classes.Count} job classes; " +
            $"{errors} error(s), {warnings} warning(s) in {clock.Elapsed.TotalSeconds:F2} s.");
        return errors > 0 ? ExitCodes.SpecErrors : ExitCodes.Success;
    }
}
