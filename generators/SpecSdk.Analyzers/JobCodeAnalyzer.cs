using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecSdk.Model;

namespace SpecSdk.Analyzers
{
    /// <summary>
    /// Reports string literals that are known job codes (SPEC100), and literals of a jurisdiction's code shape that no
    /// class has (SPEC101). The codes are the job code tables the SpecSdk generator put on this assembly and on the
    /// assemblies it references: the analyzer reads what the generator knows, never the spec files.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class JobCodeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string AttributeName = typeof(JobCodesAttribute).FullName!;
        private static readonly string ModelAssembly = typeof(JobCodesAttribute).Assembly.GetName().Name!;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(JobCodeDiagnostics.KnownCode, JobCodeDiagnostics.UnknownCode);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var sets = CodeSets(start.Compilation);
                if (sets.Count > 0)
                {
                    // A literal is a code or not by its text alone: the syntax tree is enough, and nothing is bound for it.
                    start.RegisterSyntaxTreeAction(tree => Analyze(tree, sets));
                }
            });
        }

        /// <summary>The tables of the compilation's own assembly and of every referenced assembly built with SpecSdk, read once per compilation.</summary>
        internal static IReadOnlyList<CodeSet> CodeSets(Compilation compilation)
        {
            var sets = new List<CodeSet>();
            Add(sets, compilation.Assembly);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only an assembly that references the model can carry a table; the rest are not asked for their attributes.
                if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == ModelAssembly)))
                {
                    Add(sets, assembly);
                }
            }

            return sets;
        }

        private static void Add(List<CodeSet> sets, IAssemblySymbol assembly)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string text
                    && CodeSet.Of(text) is { } set)
                {
                    sets.Add(set);
                }
            }
        }

        private static void Analyze(SyntaxTreeAnalysisContext context, IReadOnlyList<CodeSet> sets)
        {
            foreach (var node in context.Tree.GetRoot(context.CancellationToken).DescendantNodes())
            {
                if (node.IsKind(SyntaxKind.StringLiteralExpression) && Report((LiteralExpressionSyntax)node, sets) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private static Diagnostic? Report(LiteralExpressionSyntax literal, IReadOnlyList<CodeSet> sets)
        {
            var text = literal.Token.ValueText;
            if (text.Length == 0 || text.Length > JobCodeTable.MaxCodeLength)
            {
                return null;
            }

            // Most literals are no code: they are looked up without allocating, and the classes gathered only for a code.
            if (sets.Any(set => set.Find(text).Count > 0))
            {
                var known = sets.SelectMany(set => set.Find(text).Select(entry => (Set: set, Entry: entry))).ToList();
                return Known(literal.GetLocation(), text, known);
            }

            foreach (var set in sets.Where(s => s.HasShapes))
            {
                if (set.ShapeOf(text) is { } jurisdiction)
                {
                    return Diagnostic.Create(JobCodeDiagnostics.UnknownCode, literal.GetLocation(), Unknown(text, set, jurisdiction));
                }
            }

            return null;
        }

        /// <summary>
        /// SPEC100 with the constants to use, the one to prefer first: a class's own; for an abolished class, its
        /// successor's, then its own.
        /// </summary>
        private static Diagnostic Known(Microsoft.CodeAnalysis.Location location, string code, List<(CodeSet Set, JobCodeEntry Entry)> known)
        {
            var constants = new List<(string Namespace, string Constant)>();
            var named = new List<string>();
            var uses = new List<string>();
            foreach (var (set, entry) in known)
            {
                var what = entry.Title + " (" + set.JurisdictionName(entry.JurisdictionKey) + ")";
                if (entry.Abolished)
                {
                    what += ", abolished" + (entry.AbolishedOn is { } date ? " " + date : string.Empty);
                }

                if (entry.Abolished && set.SuccessorOf(entry) is { } successor)
                {
                    what += "; its successor is " + successor.Title + " (" + set.JurisdictionName(successor.JurisdictionKey) + ", " + successor.Code + ")";
                    constants.Add(set.Replacement(successor));
                    uses.Add(successor.Constant);
                }
                else
                {
                    uses.Add(entry.Constant);
                }

                named.Add(what);
                constants.Add(set.Replacement(entry));
            }

            var message = "\"" + code + "\" is the job code of " + string.Join(" and of ", named) + "; use " + string.Join(" or ", uses.Distinct());
            return Diagnostic.Create(JobCodeDiagnostics.KnownCode, location, JobCodeDiagnostics.Properties(constants), message);
        }

        private static string Unknown(string text, CodeSet set, JobCodeJurisdiction jurisdiction)
        {
            var closest = set.Closest(text, jurisdiction.Key);
            var message = "\"" + text + "\" has the shape of a job code of " + jurisdiction.Name + " ('" + jurisdiction.CodePattern + "'), but no class in the specs has it";
            return message + (closest.Count == 0
                ? "; no known code is close. Correct it, or add the class's spec."
                : "; the closest known: " + string.Join(", ", closest.Select(c => c.Code + " (" + c.Title + ")")) + ".");
        }
    }
}
