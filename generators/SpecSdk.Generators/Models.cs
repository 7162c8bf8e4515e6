using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Generators
{
    /// <summary>The build settings the generator reads: where the specs are, and how every generated file is written.</summary>
    internal sealed record GeneratorOptions
    {
        /// <summary>The project folder, to make spec paths relative and the output independent of the machine.</summary>
        public string ProjectDirectory { get; init; } = string.Empty;

        /// <summary>The <c>SpecSdkPayAsOf</c> property as given: the date whose pay plan versions give the constants; empty for the latest.</summary>
        public string PayAsOf { get; init; } = string.Empty;

        public OutputSettings Output { get; init; } = new OutputSettings();

        /// <summary>
        /// Whether the build compiles the types itself (the <c>SpecSdkCompiledTypes</c> property, set by the package
        /// outside the IDE): the generator then reports the specs' problems and writes no C#.
        /// </summary>
        public bool CompiledTypes { get; init; }
    }

    /// <summary>What every generated file shares: its namespace, what it holds, and the language it may use.</summary>
    internal sealed record OutputSettings
    {
        /// <summary>The namespace of the generated types.</summary>
        public string Namespace { get; init; } = "SpecSdk.Generated";

        /// <summary>What to emit: everything, or the constants only (<c>SpecSdkEmit</c>).</summary>
        public EmitMode Mode { get; init; }

        /// <summary>True when the project's C# has nullable reference types (C# 8 and later).</summary>
        public bool Nullable { get; init; } = true;
    }

    /// <summary>One spec file as read: the path it was read under, the path to report at, and the result.</summary>
    internal sealed record SpecInput
    {
        public string RelativePath { get; init; } = string.Empty;

        public string FullPath { get; init; } = string.Empty;

        public SpecFile File { get; init; } = new SpecFile();
    }

    /// <summary>A diagnostic ready to report: descriptor id, severity, message, and where in which file.</summary>
    internal sealed record DiagnosticInfo
    {
        public string Id { get; init; } = string.Empty;

        public string Message { get; init; } = string.Empty;

        public string FullPath { get; init; } = string.Empty;

        public SourceLocation Location { get; init; } = new SourceLocation();

        /// <summary>A second place the diagnostic concerns, e.g. the other class with the same name; null when none.</summary>
        public SourceLocation? OtherLocation { get; init; }

        public string OtherFullPath { get; init; } = string.Empty;
    }

    /// <summary>The catalog joined from every spec: what the generated C# is made of, and the diagnostics.</summary>
    internal sealed record CatalogModel
    {
        public EquatableArray<DiagnosticInfo> Diagnostics { get; init; }

        public EquatableArray<JurisdictionModel> Jurisdictions { get; init; }

        public EquatableArray<BatchModel> Batches { get; init; }

        public IndexModel Index { get; init; } = new IndexModel();

        public CodesModel Codes { get; init; } = new CodesModel();
    }

    /// <summary>What the job code table's file is made of: the table's text, which names no prose, so only a code, title or type name changes it.</summary>
    internal sealed record CodesModel
    {
        public OutputSettings Output { get; init; } = new OutputSettings();

        /// <summary>The <see cref="JobCodeTable"/> text; empty when no class has a code.</summary>
        public string Table { get; init; } = string.Empty;
    }

    /// <summary>
    /// The classes and series of one jurisdiction that share a generated file. Classes go to a batch by a stable hash
    /// of their key, so a catalog of thousands makes tens of files (the compiler's cost per file grows with their
    /// number) and an edit re-emits one batch.
    /// </summary>
    internal sealed record BatchModel
    {
        public OutputSettings Output { get; init; } = new OutputSettings();

        public string JurisdictionTypeName { get; init; } = string.Empty;

        public string HintName { get; init; } = string.Empty;

        public EquatableArray<ClassModel> Classes { get; init; }

        public EquatableArray<SeriesModel> Series { get; init; }
    }

    /// <summary>A salary figure as a constant: its member name and value.</summary>
    internal sealed record FigureModel
    {
        public string Name { get; init; } = string.Empty;

        public decimal Value { get; init; }

        public string Description { get; init; } = string.Empty;
    }

    /// <summary>What one pay grade's type is made of: its identity, its figures and a line per range for the summary.</summary>
    internal sealed record GradeModel
    {
        public string TypeName { get; init; } = string.Empty;

        public string Grade { get; init; } = string.Empty;

        public string PayPlanKey { get; init; } = string.Empty;

        public string PlanName { get; init; } = string.Empty;

        public EquatableArray<string> RangeSummaries { get; init; }

        public EquatableArray<FigureModel> Figures { get; init; }

        /// <summary>The step rates, constants on the grade type only: class types keep the range figures.</summary>
        public EquatableArray<FigureModel> Steps { get; init; }

        /// <summary>Which version the figures are of, for the summary: "the version effective 2025-07-01 (FY 2025-26)"; empty when the plan has one undated version.</summary>
        public string Version { get; init; } = string.Empty;

        /// <summary>The date the project's <c>SpecSdkPayAsOf</c> names, for <c>Instance</c> to find the same version; null for the latest.</summary>
        public SpecDate? AsOf { get; init; }
    }

    /// <summary>What one jurisdiction's file is made of: its type with its key, name, instance and grades.</summary>
    internal sealed record JurisdictionModel
    {
        public OutputSettings Output { get; init; } = new OutputSettings();

        public string TypeName { get; init; } = string.Empty;

        public string HintName { get; init; } = string.Empty;

        public string Key { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string SourcePath { get; init; } = string.Empty;

        public EquatableArray<GradeModel> Grades { get; init; }
    }

    /// <summary>
    /// What one job class's type is made of: the facts its constants and documentation state. The prose is not here,
    /// so an edit of a section changes the embedded catalog and no generated C#.
    /// </summary>
    internal sealed record ClassModel
    {
        public string JurisdictionName { get; init; } = string.Empty;

        public string TypeName { get; init; } = string.Empty;

        public string JurisdictionKey { get; init; } = string.Empty;

        public string Key { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        public string? Code { get; init; }

        public string? JobNumber { get; init; }

        public string? Grade { get; init; }

        public string? SeriesKey { get; init; }

        public int? Level { get; init; }

        public string SourcePath { get; init; } = string.Empty;

        public string? GroupName { get; init; }

        public string? SeriesTitle { get; init; }

        public EquatableArray<FigureModel> Figures { get; init; }

        /// <summary>The message of the type's <c>[Obsolete]</c> for an abolished class; null for any other.</summary>
        public string? Obsolete { get; init; }
    }

    /// <summary>What one class series' type is made of: its identity and its levels as the types of their classes.</summary>
    internal sealed record SeriesModel
    {
        public string TypeName { get; init; } = string.Empty;

        public string JurisdictionKey { get; init; } = string.Empty;

        public string Key { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        public string SourcePath { get; init; } = string.Empty;

        public EquatableArray<string> LevelTypeNames { get; init; }
    }

    /// <summary>What the JobCatalog file is made of: the lookups are the embedded catalog's, so only whether there is one.</summary>
    internal sealed record IndexModel
    {
        public OutputSettings Output { get; init; } = new OutputSettings();

        public bool IsEmpty { get; init; } = true;
    }
}
