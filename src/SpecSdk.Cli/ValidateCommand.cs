using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

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
        var format = new Option<string>("--format")
        {
            Description = "text: path(line,col): error SPECnnn: message; sarif: a SARIF 2.1.0 log on standard output, for code scanning; github: workflow-command annotations.",
            DefaultValueFactory = _ => "text",
        };
        SpecFolder.OneOf(format, "text", "sarif", "github");
        var root = SpecFolder.Root();
        var docsUrl = SpecFolder.AbsoluteUrl(new Option<string>("--docs-url")
        {
            Description = "Where the diagnostics page is published (an http or https address without a #fragment): each SARIF rule's helpUri is its section there (#spec010).",
            DefaultValueFactory = _ => SpecDiagnostics.DocsUrl,
        }, "https://git.example.gov/hr/specsdk/blob/main/docs/diagnostics.md");
        var command = new Command("validate", "Check spec files and report every problem with its file, line and column.")
        {
            directory,
            warningsAsErrors,
            format,
            root,
            docsUrl,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            return Run(folder, ShownPaths.For(folder, parse.GetValue(root)), parse.GetValue(docsUrl)!, parse.GetValue(warningsAsErrors), Enum.Parse<DiagnosticFormat>(parse.GetValue(format)!, ignoreCase: true), output, error);
        });
        return command;
    }

    private static int Run(DirectoryInfo directory, ShownPaths paths, string docsUrl, bool warningsAsErrors, DiagnosticFormat format, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var result = SpecLoader.LoadDirectory(directory.FullName);
        // The site configuration beside the folder is checked too: CI that validates should not pass a build that fails.
        var (_, _, configProblems) = ConfigFile.Load(directory, null, paths);
        var (_, synonymProblems) = ConfigFile.LoadSynonyms(directory, paths);
        var reported = DiagnosticPrinter.Strict(configProblems.Concat(synonymProblems).ToList(), warningsAsErrors)
            .Concat(DiagnosticPrinter.Reported(result, directory, paths, warningsAsErrors))
            .ToList();
        var (errors, warnings) = DiagnosticPrinter.Print(reported, format, output, paths, docsUrl);
        var catalog = result.Catalog;
        // A SARIF log is the whole of standard output; the summary goes beside it.
        (format == DiagnosticFormat.Sarif ? error : output).WriteLine(
            $"{Text.Count(result.Files.Count, "spec file", "spec files")}: {Text.Count(catalog.Jurisdictions.Count, "jurisdiction", "jurisdictions")}{Versions(result)}, {Text.Count(catalog.Series.Count, "class series", "class series")}, {Text.Count(catalog.Classes.Count, "job class", "job classes")}; " +
            $"{errors} error(s), {warnings} warning(s) in {clock.Elapsed.TotalSeconds:F2} s.");
        return errors > 0 ? ExitCodes.SpecErrors : ExitCodes.Success;
    }

    /// <summary>", 2 pay plan version files" where there are any: they are spec files that are neither jurisdictions, series nor classes.</summary>
    private static string Versions(LoadResult result)
    {
        var count = result.Files.Count(f => f.Document is PayPlanVersionDocument);
        return count == 0 ? string.Empty : ", " + Text.Count(count, "pay plan version file", "pay plan version files");
    }
}
