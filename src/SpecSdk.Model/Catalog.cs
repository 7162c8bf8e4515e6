namespace SpecSdk.Model
{
    /// <summary>Everything read from a folder of spec files.</summary>
    public sealed record Catalog
    {
        /// <summary>The jurisdictions, ordered by key.</summary>
        public EquatableArray<Jurisdiction> Jurisdictions { get; init; }

        /// <summary>The class series, ordered by jurisdiction and key.</summary>
        public EquatableArray<ClassSeries> Series { get; init; }

        /// <summary>The job classes, ordered by jurisdiction, then series and level, then key.</summary>
        public EquatableArray<JobClass> Classes { get; init; }
    }
}
