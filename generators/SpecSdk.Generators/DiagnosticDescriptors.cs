using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SpecSdk.Specs;

namespace SpecSdk.Generators
{
    /// <summary>The Roslyn descriptor of every SpecSdk diagnostic, made from the one list in SpecSdk.Specs.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "SpecSdk";

        /// <summary>SpecSdkPayAsOf is not a date.</summary>
        public static readonly DiagnosticDescriptor InvalidPayAsOf = Build(
            ModelBuilder.InvalidPayAsOf, "SpecSdkPayAsOf is not a date", DiagnosticSeverity.Error, "SpecSdkPayAsOf names the day whose pay plan versions give the generated salary constants, as YYYY-MM-DD.");

        /// <summary>No version of a pay plan is in effect on the SpecSdkPayAsOf date.</summary>
        public static readonly DiagnosticDescriptor NoVersionAsOf = Build(
            ModelBuilder.NoVersionAsOf, "No pay plan version in effect", DiagnosticSeverity.Warning, "The pay plan has no version in effect on the SpecSdkPayAsOf date, so its grades' constants come from its latest version.");

        /// <summary>The diagnostics file the build task wrote cannot be read.</summary>
        public static readonly DiagnosticDescriptor UnreadableDiagnostics = new DiagnosticDescriptor(
            "SPECSDK005",
            "The build task's spec diagnostics cannot be read",
            "The spec diagnostics the SpecSdk build task wrote to '{0}' cannot be read, so the specs' problems are not reported: build again with --no-incremental, and report it if it stays",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Outside the IDE the SpecSdk build task reads the specs and writes what it found for the generator to report; that file is missing, from another SpecSdk version, or damaged.");

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Create();

        public static DiagnosticDescriptor Get(string id) => ById[id];

        /// <summary>A descriptor of the generator's own, about the build's settings rather than a spec file.</summary>
        private static DiagnosticDescriptor Build(string id, string title, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, "{0}", Category, severity, isEnabledByDefault: true, description: description);

        private static Dictionary<string, DiagnosticDescriptor> Create()
        {
            var descriptors = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var spec in SpecDiagnostics.All)
            {
                descriptors.Add(spec.Id, new DiagnosticDescriptor(
                    spec.Id,
                    spec.Title,
                    "{0}",
                    Category,
                    spec.DefaultSeverity switch
                    {
                        SpecSeverity.Error => DiagnosticSeverity.Error,
                        SpecSeverity.Warning => DiagnosticSeverity.Warning,
                        _ => DiagnosticSeverity.Info,
                    },
                    isEnabledByDefault: true,
                    description: "See docs/diagnostics.md#" + spec.Id.ToLowerInvariant() + " for an example and the fix.",
                    helpLinkUri: SpecDiagnostics.HelpUri(spec.Id)));
            }

            descriptors.Add(InvalidPayAsOf.Id, InvalidPayAsOf);
            descriptors.Add(NoVersionAsOf.Id, NoVersionAsOf);
            return descriptors;
        }
    }
}
