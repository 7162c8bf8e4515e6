using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Generators
{
    /// <summary>The build settings the generator reads: where generated types go, and what the compilation offers.</summary>
    internal sealed record GeneratorOptions
    {
        /// <summary>The namespace of the generated types.</summary>
        public string Namespace { get; init; } = "SpecSdk.Generated";

        /// <summary>The project folder, to make spec paths relative and the output independent of the machine.</summary>
        public string ProjectDirectory { get; init; } = string.Empty;
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

        public SpecSeverity Severity { get; init; }

        public string Message { get; init; } = string.Empty;

        public string FullPath { get; init; } = string.Empty;

        public SourceLocation Location { get; init; } = new SourceLocation();

        /// <summary>A second place the diagnostic concerns, e.g. the other class with the same name; null when none.</summary>
        public SourceLocation? OtherLocation { get; init; }

        public string OtherFullPath { get; init; } = string.Empty;
    }

    /// <summary>The catalog joined from every spec, with each spec's diagnostics and the generator's own.</summary>
    internal sealed record CatalogModel
    {
        public GeneratorOptions Options { get; init; } = new GeneratorOptions();

        public Catalog Catalog { get; init; } = new Catalog();

        public EquatableArray<DiagnosticInfo> Diagnostics { get; init; }

        public EquatableArray<JurisdictionModel> Jurisdictions { get; init; }

        public EquatableArray<BatchModel> Batches { get; init; }

        public IndexModel Index { get; init; } = new IndexModel();
    }

    /// <summary>
    /// The classes and series of one jurisdiction that share a generated file. Classes go to a batch by a stable hash
    /// of their key, so a catalog of thousands makes tens of files (the compiler's cost per file grows with their
    /// number) and an edit re-emits one batch.
    /// </summary>
    internal sealed record BatchModel
    {
        public string Namespace { get; init; } = string.Empty;

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

    /// <summary>What one pay grade's type is made of.</summary>
    internal sealed record GradeModel
    {
        public string TypeName { get; init; } = string.Empty;

        public PayGrade Grade { get; init; } = new PayGrade();

        public string PlanName { get; init; } = string.Empty;

        public EquatableArray<FigureModel> Figures { get; init; }
    }

    /// <summary>What one jurisdiction's file is made of: its type with its key, name, instance and grades.</summary>
    internal sealed record JurisdictionModel
    {
        public string Namespace { get; init; } = string.Empty;

        public string TypeName { get; init; } = string.Empty;

        public string HintName { get; init; } = string.Empty;

        public Jurisdiction Jurisdiction { get; init; } = new Jurisdiction();

        public EquatableArray<GradeModel> Grades { get; init; }
    }

    /// <summary>What one job class's file is made of.</summary>
    internal sealed record ClassModel
    {
        public string JurisdictionName { get; init; } = string.Empty;

        public string TypeName { get; init; } = string.Empty;

        public JobClass Class { get; init; } = new JobClass();

        public string? GroupName { get; init; }

        public string? SeriesTitle { get; init; }

        public EquatableArray<FigureModel> Figures { get; init; }
    }

    /// <summary>What one class series' file is made of: its levels as the types of their classes.</summary>
    internal sealed record SeriesModel
    {
        public string TypeName { get; init; } = string.Empty;

        public ClassSeries Series { get; init; } = new ClassSeries();

        public EquatableArray<string> LevelTypeNames { get; init; }
    }

    /// <summary>One entry of the catalog's lookups: the class's keys and the type that holds its instance.</summary>
    internal sealed record IndexEntry
    {
        public string JurisdictionKey { get; init; } = string.Empty;

        public string Key { get; init; } = string.Empty;

        public string? Code { get; init; }

        public string? PayPlanKey { get; init; }

        public string? Grade { get; init; }

        public string TypeName { get; init; } = string.Empty;

        public bool CodeIsUnique { get; init; }
    }

    /// <summary>What the JobCatalog file is made of.</summary>
    internal sealed record IndexModel
    {
        public string Namespace { get; init; } = string.Empty;

        public EquatableArray<string> JurisdictionTypes { get; init; }

        public EquatableArray<string> JurisdictionKeys { get; init; }

        public EquatableArray<IndexEntry> Classes { get; init; }

        public EquatableArray<string> SeriesTypes { get; init; }

        public EquatableArray<string> SeriesKeys { get; init; }
    }
}
