using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>
    /// Reads the spec files given as AdditionalFiles (the <c>JobSpec</c> items of the SpecSdk package) and emits a
    /// type per jurisdiction, job class, pay grade and class series, and the <c>JobCatalog</c> lookups.
    /// The files are read together on every core, and an edit re-reads only the edited file; only small equatable
    /// models flow on.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>The AdditionalFiles metadata that marks a spec file.</summary>
        public const string KindMetadata = "build_metadata.AdditionalFiles.SpecSdkKind";

        /// <summary>The MSBuild property that names the date whose pay plan versions give the constants.</summary>
        public const string PayAsOfProperty = "SpecSdkPayAsOf";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select((pair, _) => ReadOptions(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            var specs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(pair => IsSpec(pair.Right.GetOptions(pair.Left)))
                .Select((pair, _) => pair.Left)
                .WithTrackingName(TrackingNames.SpecFiles)
                .Collect()
                .Combine(options.Select((o, _) => o.ProjectDirectory))
                .SelectMany((pair, cancellationToken) => SpecFiles.ReadAll(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ReadSpec);

            // Jurisdictions, pay plan versions and series are few: any change to one re-checks them all and re-resolves every class.
            var catalogContext = specs
                .Where(spec => CatalogContext.IsContext(spec.File.Document))
                .Select((spec, _) => spec.File.Document!)
                .Collect()
                .Select((documents, _) => CatalogContext.Create(documents))
                .WithTrackingName(TrackingNames.Context);

            // Each class is resolved on its own step: an edit re-resolves one class.
            var resolved = specs
                .Where(spec => spec.File.Document is ClassDocument)
                .Combine(catalogContext)
                .Select((pair, _) => pair.Right.Resolve((ClassDocument)pair.Left.File.Document!))
                .WithTrackingName(TrackingNames.Resolve);

            var catalog = resolved.Collect()
                .Combine(catalogContext)
                .Combine(specs.Collect())
                .Combine(options)
                .Select((input, _) => ModelBuilder.Build(input.Right, input.Left.Right, input.Left.Left.Right, input.Left.Left.Left))
                .WithTrackingName(TrackingNames.Catalog);

            var diagnostics = catalog.Select((model, _) => model.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, (production, items) =>
            {
                foreach (var item in items)
                {
                    production.ReportDiagnostic(ToDiagnostic(item));
                }
            });

            var jurisdictions = catalog.SelectMany((model, _) => model.Jurisdictions).WithTrackingName(TrackingNames.Jurisdictions);
            context.RegisterSourceOutput(jurisdictions, (production, model) => production.AddSource(model.HintName, Emitter.Jurisdiction(model)));

            var batches = catalog.SelectMany((model, _) => model.Batches).WithTrackingName(TrackingNames.Classes);
            context.RegisterSourceOutput(batches, (production, model) => production.AddSource(model.HintName, Emitter.Batch(model)));

            var codes = catalog.Select((model, _) => model.Codes).WithTrackingName(TrackingNames.Codes);
            context.RegisterSourceOutput(codes, (production, model) =>
            {
                if (model.Table.Length > 0)
                {
                    production.AddSource("JobCodes.g.cs", Emitter.Codes(model));
                }
            });

            var hasNotNullWhen = context.CompilationProvider
                .Select((compilation, _) => compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
            var index = catalog.Select((model, _) => model.Index).Combine(hasNotNullWhen).WithTrackingName(TrackingNames.Index);
            context.RegisterSourceOutput(index, (production, pair) =>
            {
                if (!pair.Left.IsEmpty)
                {
                    production.AddSource("JobCatalog.g.cs", Emitter.Index(pair.Left, pair.Right));
                }
            });
        }

        private static bool IsSpec(AnalyzerConfigOptions options) =>
            options.TryGetValue(KindMetadata, out var kind) && string.Equals(kind, "JobSpec", StringComparison.OrdinalIgnoreCase);

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global, ParseOptions parse)
        {
            var ns = global.TryGetValue("build_property.SpecSdkNamespace", out var configured) && configured.Trim().Length > 0
                ? configured.Trim()
                : global.TryGetValue("build_property.RootNamespace", out var root) && root.Trim().Length > 0 ? root.Trim() : "SpecSdk.Generated";
            global.TryGetValue("build_property.ProjectDir", out var projectDirectory);
            global.TryGetValue("build_property." + EmitModes.Property, out var emit);
            global.TryGetValue("build_property." + PayAsOfProperty, out var payAsOf);

            // An unknown value is the catalog task's error (SPECSDK001), which stops the build; until then, everything.
            EmitModes.TryParse(emit, out var mode);
            return new GeneratorOptions
            {
                ProjectDirectory = projectDirectory ?? string.Empty,
                PayAsOf = payAsOf?.Trim() ?? string.Empty,
                Output = new OutputSettings
                {
                    Namespace = ValidNamespace(ns),
                    Mode = mode,
                    Nullable = parse is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8,
                },
            };
        }

        /// <summary>Each part of the namespace made a valid identifier, so a project named "my-app" still compiles.</summary>
        private static string ValidNamespace(string ns)
        {
            var parts = ns.Split('.').Select(part =>
            {
                var name = new string(part.Select((c, i) => Identifiers.IsIdentifierPart(part, i) || c == '_' ? c : '_').ToArray());
                if (name.Length == 0 || char.IsDigit(name[0]))
                {
                    name = "_" + name;
                }

                return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
            });
            return string.Join(".", parts);
        }

        private static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var descriptor = DiagnosticDescriptors.Get(info.Id);
            var others = info.OtherLocation is { } other ? new[] { ToLocation(info.OtherFullPath, other) } : null;
            var location = info.FullPath.Length == 0 ? Location.None : ToLocation(info.FullPath, info.Location);
            return Diagnostic.Create(descriptor, location, others, info.Message);
        }

        /// <summary>A location in a spec file, which is an additional file: path, span and line span.</summary>
        private static Location ToLocation(string path, SourceLocation location) => Location.Create(
            path,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));
    }
}
