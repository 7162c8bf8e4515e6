using System.Collections.Generic;
using System.Globalization;

namespace SpecSdk.Specs
{
    /// <summary>How serious a diagnostic is.</summary>
    public enum SpecSeverity
    {
        /// <summary>Information only.</summary>
        Info,

        /// <summary>Probably a mistake; does not fail a build unless warnings are errors.</summary>
        Warning,

        /// <summary>The spec is wrong; the build fails.</summary>
        Error,
    }

    /// <summary>The fixed part of a kind of diagnostic: its stable id, title, message and default severity.</summary>
    public sealed record SpecDiagnosticDescriptor
    {
        /// <summary>The stable id, e.g. "SPEC001".</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>A short title for documentation and rule lists.</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>The message, a composite format string whose arguments each diagnostic supplies.</summary>
        public string MessageFormat { get; init; } = string.Empty;

        /// <summary>The severity unless a user configures another.</summary>
        public SpecSeverity DefaultSeverity { get; init; }

        /// <summary>Creates a diagnostic of this kind at <paramref name="location"/>.</summary>
        public SpecDiagnostic Create(SourceLocation location, params object[] args) => new SpecDiagnostic
        {
            Id = Id,
            Severity = DefaultSeverity,
            Message = string.Format(CultureInfo.InvariantCulture, MessageFormat, args),
            Location = location,
        };
    }

    /// <summary>A problem found in a spec file, with its exact location.</summary>
    public sealed record SpecDiagnostic
    {
        /// <summary>The order diagnostics are reported in: by path, then position (a PDF's by page and line), then id and message.</summary>
        public static IComparer<SpecDiagnostic> Order { get; } = Comparer<SpecDiagnostic>.Create((a, b) =>
        {
            var order = string.CompareOrdinal(a.Location.Path, b.Location.Path);
            if (order == 0)
            {
                order = a.Location.Start.CompareTo(b.Location.Start);
            }

            if (order == 0)
            {
                order = a.Location.Page.CompareTo(b.Location.Page);
            }

            if (order == 0)
            {
                order = a.Location.StartLine.CompareTo(b.Location.StartLine);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(a.Id, b.Id);
            }

            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        });

        /// <summary>The stable id, e.g. "SPEC010".</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>How serious it is.</summary>
        public SpecSeverity Severity { get; init; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message { get; init; } = string.Empty;

        /// <summary>Where it is.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();

        /// <summary>MSBuild's canonical form: <c>path(line,col): error SPEC010: message</c>.</summary>
        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", Location, SeverityText(Severity), Id, Message);

        private static string SeverityText(SpecSeverity severity) => severity switch
        {
            SpecSeverity.Error => "error",
            SpecSeverity.Warning => "warning",
            _ => "info",
        };
    }
}
