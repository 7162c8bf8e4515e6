using SpecSdk.Model;

namespace SpecSdk.Specs
{
    /// <summary>Where the value of one front-matter field stands, e.g. "grade" or "pay-plans[0].grades[1].hourly".</summary>
    public sealed record FieldLocation
    {
        /// <summary>The field's path.</summary>
        public string Field { get; init; } = string.Empty;

        /// <summary>Where its value stands.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();
    }

    /// <summary>Where a section's heading stands.</summary>
    public sealed record SectionLocation
    {
        /// <summary>The section's id.</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The heading's location.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();
    }

    /// <summary>A level's rating on a factor as written in 'factor-ratings', before the series is known.</summary>
    public sealed record FactorRatingInput
    {
        /// <summary>The factor key as written.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The rating.</summary>
        public string Rating { get; init; } = string.Empty;

        /// <summary>Where the factor key stands.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();
    }

    /// <summary>A level's text on a factor: a subsection of its Factors section.</summary>
    public sealed record FactorTextInput
    {
        /// <summary>The subsection's heading, e.g. "Decision Making".</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>The subsection's id.</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The text (Markdown).</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>Where the heading stands.</summary>
        public SourceLocation Location { get; init; } = new SourceLocation();
    }

    /// <summary>One spec file as read, before the catalog rules join it with the others.</summary>
    public abstract record SpecDocument
    {
        /// <summary>The file's path as given to the reader.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>The opening '---' of the front matter; where file-wide diagnostics point.</summary>
        public SourceLocation FrontMatter { get; init; } = new SourceLocation();

        /// <summary>The jurisdiction the document belongs to (its own key for a jurisdiction file).</summary>
        public abstract string JurisdictionKey { get; }

        /// <summary>Where each front-matter field's value stands.</summary>
        public EquatableArray<FieldLocation> Fields { get; init; }

        /// <summary>Where each section heading stands.</summary>
        public EquatableArray<SectionLocation> SectionHeadings { get; init; }

        /// <summary>Where the first of <paramref name="fields"/> that the file gives stands, or the front matter.</summary>
        public SourceLocation LocationOf(params string[] fields)
        {
            foreach (var field in fields)
            {
                foreach (var candidate in Fields)
                {
                    if (candidate.Field == field)
                    {
                        return candidate.Location;
                    }
                }
            }

            return FrontMatter;
        }

        /// <summary>Where the heading of section <paramref name="id"/> stands, or null.</summary>
        public SourceLocation? LocationOfSection(string id)
        {
            foreach (var candidate in SectionHeadings)
            {
                if (candidate.Id == id)
                {
                    return candidate.Location;
                }
            }

            return null;
        }
    }

    /// <summary>A jurisdiction file.</summary>
    public sealed record JurisdictionDocument : SpecDocument
    {
        /// <summary>The jurisdiction as read.</summary>
        public Jurisdiction Jurisdiction { get; init; } = new Jurisdiction();

        /// <inheritdoc/>
        public override string JurisdictionKey => Jurisdiction.Key;
    }

    /// <summary>A pay plan version file: one version of a jurisdiction's pay plan.</summary>
    public sealed record PayPlanVersionDocument : SpecDocument
    {
        /// <summary>The key of the jurisdiction whose plan it is.</summary>
        public string Jurisdiction { get; init; } = string.Empty;

        /// <summary>The key of the plan.</summary>
        public string PayPlanKey { get; init; } = string.Empty;

        /// <summary>The version as read.</summary>
        public PayPlanVersion Version { get; init; } = new PayPlanVersion();

        /// <inheritdoc/>
        public override string JurisdictionKey => Jurisdiction;
    }

    /// <summary>A class series file.</summary>
    public sealed record SeriesDocument : SpecDocument
    {
        /// <summary>The series as read; its levels are filled in by the catalog rules.</summary>
        public ClassSeries Series { get; init; } = new ClassSeries();

        /// <inheritdoc/>
        public override string JurisdictionKey => Series.JurisdictionKey;
    }

    /// <summary>A job class file.</summary>
    public sealed record ClassDocument : SpecDocument
    {
        /// <summary>The class as read; boilerplate and factors are joined in by the catalog rules.</summary>
        public JobClass Class { get; init; } = new JobClass();

        /// <summary>The ratings in 'factor-ratings'.</summary>
        public EquatableArray<FactorRatingInput> FactorRatings { get; init; }

        /// <summary>The subsections of the Factors section.</summary>
        public EquatableArray<FactorTextInput> FactorTexts { get; init; }

        /// <inheritdoc/>
        public override string JurisdictionKey => Class.JurisdictionKey;
    }

    /// <summary>The result of reading one file: the document when it could be read, and every diagnostic.</summary>
    public sealed record SpecFile
    {
        /// <summary>The file's path as given to the reader.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>The document, or null when the file is too broken to read.</summary>
        public SpecDocument? Document { get; init; }

        /// <summary>The diagnostics, in file order.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; init; }
    }
}
