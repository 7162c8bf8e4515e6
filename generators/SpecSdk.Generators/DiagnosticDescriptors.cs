using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SpecSdk.Specs;

namespace SpecSdk.Generators
{
    /// <summary>The Roslyn descriptor of every SpecSdk diagnostic, made from the one list in SpecSdk.Specs.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "SpecSdk";

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Create();

        public static DiagnosticDescriptor Get(string id) => ById[id];

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
                    description: "See docs/diagnostics.md#" + spec.Id.ToLowerInvariant() + " for an example and the fix."));
            }

            return descriptors;
        }
    }
}
