using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using SpecSdk.Analyzers;

namespace SpecSdk.CodeFixes
{
    /// <summary>
    /// Replaces a job code written by hand (SPEC100) with the generated constant that holds it, adding the <c>using</c>
    /// of the generated namespace where the file lacks it. The first action (a class's own constant, or an abolished
    /// class's successor's) is the one Fix All applies.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseJobCodeConstantFix))]
    [Shared]
    public sealed class UseJobCodeConstantFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the first action, which Fix All applies to every diagnostic.</summary>
        public const string PreferredKey = "SpecSdk.UseJobCodeConstant";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(JobCodeDiagnostics.KnownCode.Id);

        /// <inheritdoc/>
        /// <remarks>
        /// A document's literals are replaced together and its using added once (batching each fix's changes would drop
        /// all but one using): with the preferred action, each literal by its first constant; with another, by that
        /// constant where a literal can become it.
        /// </remarks>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (fixAll, document, diagnostics) =>
        {
            var key = fixAll.CodeActionEquivalenceKey ?? PreferredKey;
            var chosen = key.StartsWith(PreferredKey + ":", System.StringComparison.Ordinal) ? key.Substring(PreferredKey.Length + 1) : null;
            var fixes = diagnostics
                .Select(d => (Diagnostic: d, Constant: JobCodeDiagnostics.Constants(d).Select(c => c.Qualified).FirstOrDefault(c => chosen is null || c == chosen)))
                .Where(fix => fix.Constant is not null)
                .Select(fix => (fix.Diagnostic, fix.Constant!));
            return await Replace(document, fixes, fixAll.CancellationToken).ConfigureAwait(false);
        });

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var constants = JobCodeDiagnostics.Constants(diagnostic);
                for (var i = 0; i < constants.Count; i++)
                {
                    var (constant, shown) = constants[i];
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + shown,
                            cancellationToken => Replace(context.Document, new[] { (diagnostic, constant) }, cancellationToken),
                            i == 0 ? PreferredKey : PreferredKey + ":" + constant),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> Replace(Document document, IEnumerable<(Diagnostic Diagnostic, string Constant)> fixes, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var constants = new Dictionary<LiteralExpressionSyntax, string>();
            foreach (var (diagnostic, constant) in fixes)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal)
                {
                    constants[literal] = constant;
                }
            }

            // Each constant from the global namespace, then the using of its namespace added and the names made as short as they can be.
            var imports = new SyntaxAnnotation();
            document = document.WithSyntaxRoot(root.ReplaceNodes(
                constants.Keys,
                (literal, _) => SyntaxFactory.ParseExpression(constants[literal]).WithAdditionalAnnotations(Simplifier.Annotation, imports).WithTriviaFrom(literal)));
            document = await ImportAdder.AddImportsAsync(document, imports, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
