using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>How <c>validate</c> prints diagnostics.</summary>
internal enum DiagnosticFormat
{
    /// <summary>MSBuild's form, one line each: <c>path(line,col): error SPEC010: message</c>.</summary>
    Text,

    /// <summary>A SARIF 2.1.0 log, for code-scanning uploads.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands, which annotate the files of a pull request.</summary>
    Github,
}

/// <summary>Prints diagnostics with paths as the user named the spec folder, and counts them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>
    /// The diagnostics as they are reported: paths by <paramref name="paths"/>' rule (relative to the repository root),
    /// warnings made errors when asked.
    /// </summary>
    public static IReadOnlyList<SpecDiagnostic> Reported(LoadResult result, DirectoryInfo directory, ShownPaths paths, bool warningsAsErrors) =>
        Strict(result.Diagnostics, warningsAsErrors)
            .Select(d => d with { Location = d.Location with { Path = paths.Show(Path.Combine(directory.FullName, d.Location.Path)) } })
            .ToList();

    /// <summary>The diagnostics with every warning made an error when <paramref name="warningsAsErrors"/> is set.</summary>
    public static IEnumerable<SpecDiagnostic> Strict(IEnumerable<SpecDiagnostic> diagnostics, bool warningsAsErrors) =>
        diagnostics.Select(d => warningsAsErrors && d.Severity == SpecSeverity.Warning ? d with { Severity = SpecSeverity.Error } : d);

    /// <summary>Prints <paramref name="diagnostics"/> in <paramref name="format"/>; returns (errors, warnings).</summary>
    public static (int Errors, int Warnings) Print(IReadOnlyList<SpecDiagnostic> diagnostics, DiagnosticFormat format, TextWriter output, ShownPaths paths, string? docsUrl = null)
    {
        switch (format)
        {
            case DiagnosticFormat.Sarif:
                SarifWriter.Write(diagnostics, paths.Root, docsUrl ?? SpecDiagnostics.DocsUrl, output);
                break;
            case DiagnosticFormat.Github:
                foreach (var diagnostic in diagnostics)
                {
                    output.WriteLine(GithubAnnotation(diagnostic));
                }

                break;
            default:
                foreach (var diagnostic in diagnostics)
                {
                    output.WriteLine(OneLine(diagnostic.ToString()));
                }

                break;
        }

        return (diagnostics.Count(d => d.Severity == SpecSeverity.Error), diagnostics.Count(d => d.Severity == SpecSeverity.Warning));
    }

    /// <summary>
    /// A workflow command: <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=SPEC010::message</c>, with
    /// GitHub's escaping (% CR LF everywhere, and , : in properties) so no spec text can end or forge a command.
    /// </summary>
    public static string GithubAnnotation(SpecDiagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var command = diagnostic.Severity switch
        {
            SpecSeverity.Error => "error",
            SpecSeverity.Warning => "warning",
            _ => "notice",
        };
        var path = location.Path.Replace('\\', '/');
        return $"::{command} file={Property(path)},line={location.StartLine + 1},col={location.StartColumn + 1},endLine={location.EndLine + 1},endColumn={location.EndColumn + 1},title={Property(diagnostic.Id)}::{Data(diagnostic.Message)}";
    }

    /// <summary>
    /// <paramref name="text"/> with every character that could end the line or change how the terminal shows it
    /// (control characters, line and paragraph separators, bidirectional overrides) written as an escape, so that
    /// text from a spec file or a file name cannot forge a line of its own: a diagnostic, or a CI log command.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
