using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecSdk.Analyzers
{
    /// <summary>The job code rules (SPEC100–SPEC119), and what a SPEC100 diagnostic tells its code fix.</summary>
    public static class JobCodeDiagnostics
    {
        /// <summary>The category of every SpecSdk diagnostic.</summary>
        public const string Category = "SpecSdk";

        /// <summary>
        /// The diagnostic property with the constants a SPEC100 literal can become, the one to prefer first: a line
        /// each, its namespace and its name from there separated by a tab.
        /// </summary>
        private const string ConstantsProperty = "SpecSdk.Constants";

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

        /// <summary>The properties of a SPEC100 diagnostic whose literal can become <paramref name="constants"/>, the preferred first.</summary>
        public static ImmutableDictionary<string, string?> Properties(IEnumerable<(string Namespace, string Constant)> constants) =>
            ImmutableDictionary<string, string?>.Empty.Add(ConstantsProperty, string.Join("\n", constants.Distinct().Select(c => c.Namespace + "\t" + c.Constant)));

        /// <summary>
        /// The constants a SPEC100 diagnostic's literal can become, the preferred first: each as the code fix writes
        /// it, from the global namespace, and as its title shows it, from the generated namespace.
        /// </summary>
        public static IReadOnlyList<(string Qualified, string Shown)> Constants(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(ConstantsProperty, out var listed) || listed is not { Length: > 0 })
            {
                return System.Array.Empty<(string, string)>();
            }

            return listed.Split('\n').Select(line => line.Split('\t')).Where(fields => fields.Length == 2)
                .Select(fields => ("global::" + (fields[0].Length == 0 ? string.Empty : fields[0] + ".") + fields[1], fields[1]))
                .ToArray();
        }

        private static string HelpUri(string id) => "https://specsdk.dev/docs/analyzers#" + id.ToLowerInvariant();
    }
}
