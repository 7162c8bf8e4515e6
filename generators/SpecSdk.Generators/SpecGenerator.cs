using System;
using System.Collections.Immutable;
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
    /// models flow on. When the build compiles the types itself (<see cref="CompiledTypesProperty"/>, outside the IDE)
    /// it reads no spec and emits nothing: it reports the diagnostics the build task found.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>The AdditionalFiles metadata that marks a spec file.</summary>
        public const string KindMetadata = "build_metadata.AdditionalFiles.SpecSdkKind";

        /// <summary>The MSBuild property that names the date whose pay plan versions give the constants.</summary>
        public const string PayAsOfProperty = ModelBuilder.PayAsOfProperty;

        /// <summary>The MSBuild property the package sets outside the IDE, where the build task compiles the types.</summary>
        public const string CompiledTypesProperty = "SpecSdkCompiledTypes";

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
                .Combine(options.Select((o, _) => (o.ProjectDirectory, o.CompiledTypes)))
                .SelectMany((pair, cancellationToken) => pair.Right.CompiledTypes
                    ? ImmutableArray<SpecInput>.Empty
                    : SpecFiles.ReadAll(pair.Left, pair.Right.ProjectDirectory, cancellationToken))
                .WithTrackingName(TrackingNames.ReadSpec);

            // When the build compiles the types, its task has read the specs already: their diagnostics come from the file it wrote.
            var found = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(pair => IsKind(pair.Right.GetOptions(pair.Left), DiagnosticFile.Kind))
                .Select((pair, cancellationToken) => (pair.Left.Path, Text: pair.Left.GetText(cancellationToken)?.ToString()))
                .Combine(options.Select((o, _) => o.CompiledTypes))
                .Where(pair => pair.Right)
                .Select((pair, _) => pair.Left);
            context.RegisterSourceOutput(found, (production, file) =>
            {
                if (file.Text is not null && DiagnosticFile.Read(file.Text) is { } diagnostics)
                {
                    foreach (var item in diagnostics)
                    {
                        production.ReportDiagnostic(ToDiagnostic(item));
                    }
                }
                else
                {
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableDiagnostics, Location.None, file.Path));
                }
            });

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
                .Select((input, _) => input.Right.CompiledTypes
                    ? new CatalogModel()
                    : ModelBuilder.Build(input.Right, input.Left.Right, input.Left.Left.Right, input.Left.Left.Left))
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
                    production.AddSource(CatalogDocs.TypeName + ".g.cs", Emitter.Index(pair.Left, pair.Right));
                }
            });
        }

        private static bool IsSpec(AnalyzerConfigOptions options) => IsKind(options, "JobSpec");

        private static bool IsKind(AnalyzerConfigOptions options, string wanted) =>
            options.TryGetValue(KindMetadata, out var kind) && string.Equals(kind, wanted, StringComparison.OrdinalIgnoreCase);

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global, ParseOptions parse)
        {
            global.TryGetValue("build_property." + Identifiers.NamespaceProperty, out var configured);
            global.TryGetValue("build_property.RootNamespace", out var root);
            global.TryGetValue("build_property.ProjectDir", out var projectDirectory);
            global.TryGetValue("build_property." + EmitModes.Property, out var emit);
            global.TryGetValue("build_property." + ModelBuilder.PayAsOfProperty, out var payAsOf);
            global.TryGetValue("build_property." + CompiledTypesProperty, out var compiled);

            // An unknown value is the catalog task's error (SPECSDK001), which stops the build; until then, everything.
            EmitModes.TryParse(emit, out var mode);
            return new GeneratorOptions
            {
                ProjectDirectory = projectDirectory ?? string.Empty,
                PayAsOf = payAsOf?.Trim() ?? string.Empty,
                CompiledTypes = string.Equals(compiled?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                Output = new OutputSettings
                {
                    Namespace = string.Join(".", Identifiers.NamespaceParts(configured, root).Select(part => SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None ? "@" + part : part)),
                    Mode = mode,
                    Nullable = parse is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8,
                },
            };
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
