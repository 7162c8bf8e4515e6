using System.IO;
using System.Linq;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>Prints diagnostics as MSBuild does, with paths as the user named the spec folder, and counts them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic; returns (errors, warnings), warnings counted as errors when asked.</summary>
    public static (int Errors, int Warnings) Print(LoadResult result, DirectoryInfo directory, bool warningsAsErrors, TextWriter output)
    {
        var shownRoot = Path.GetRelativePath(Directory.GetCurrentDirectory(), directory.FullName);
        foreach (var diagnostic in result.Diagnostics)
        {
            var shown = warningsAsErrors && diagnostic.Severity == SpecSeverity.Warning ? diagnostic with { Severity = SpecSeverity.Error } : diagnostic;
            output.WriteLine((shown with { Location = shown.Location with { Path = Path.Combine(shownRoot, shown.Location.Path) } }).ToString());
        }

        var errors = result.Diagnostics.Count(d => d.Severity == SpecSeverity.Error || (warningsAsErrors && d.Severity == SpecSeverity.Warning));
        var warnings = warningsAsErrors ? 0 : result.Diagnostics.Count(d => d.Severity == SpecSeverity.Warning);
        return (errors, warnings);
    }
}
