using Microsoft.CodeAnalysis;

namespace SpecSdk.Analyzers
{
    /// <summary>The job code rules (SPEC100–SPEC119), and what a SPEC100 diagnostic tells its code fix.</summary>
    public static class JobCodeDiagnostics
    {
        /// <summary>The category of every SpecSdk diagnostic.</summary>
        public const string Category = "SpecSdk";

        /// <summary>
        /// The diagnostic property with the constants a SPEC100 literal can become, fully qualified, one a line, the
        /// one to prefer first.
        /// </summary>
        public const string ConstantsProperty = "SpecSdk.Constants";

        /// <summary>A string literal that is a known job code.</summary>
        public static readonly DiagnosticDescriptor KnownCode = new DiagnosticDescriptor(
            "SPEC100",
            "Job code written by hand",
            "{0}",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "The string is the job code of a class the SpecSdk generator made a type for. Its Code constant says which class is meant, follows the spec when the code changes, and fails to compile when the class is gone.",
            helpLinkUri: HelpUri("SPEC100"));

        /// <summary>A string literal of a jurisdiction's code shape that no class has.</summary>
        public static readonly DiagnosticDescriptor UnknownCode = new DiagnosticDescriptor(
            "SPEC101",
            "Unknown job code",
            "{0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The string has the shape the jurisdiction file's 'code-pattern' gives its job codes, but no class in the specs has that code: it may be mistyped, or the class may be missing from the specs.",
            helpLinkUri: HelpUri("SPEC101"));

        private static string HelpUri(string id) => "https://specsdk.dev/docs/analyzers#" + id.ToLowerInvariant();
    }
}
