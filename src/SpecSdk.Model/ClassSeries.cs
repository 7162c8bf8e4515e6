namespace SpecSdk.Model
{
    /// <summary>A factor by which a series allocates positions to levels, e.g. "Decision Making".</summary>
    public sealed record FactorDefinition
    {
        /// <summary>The factor's key, unique in its series, e.g. "decision-making".</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The factor's name, e.g. "Decision Making".</summary>
        public string Name { get; init; } = string.Empty;
    }

    /// <summary>How one level of a series rates on one allocation factor.</summary>
    public sealed record FactorRating
    {
        /// <summary>The rating of a factor that does not apply to a level, as summary tables write it.</summary>
        public const string NotApplicable = "na";

        /// <summary>The factor's key.</summary>
        public string FactorKey { get; init; } = string.Empty;

        /// <summary>The factor's name, e.g. "Complexity".</summary>
        public string FactorName { get; init; } = string.Empty;

        /// <summary>The rating as the series' summary table writes it, e.g. "Patterned" or "na".</summary>
        public string Rating { get; init; } = string.Empty;

        /// <summary>The level's description of the factor (Markdown); empty when the spec gives none.</summary>
        public string Text { get; init; } = string.Empty;
    }

    /// <summary>A class series: related classes at ordered levels, described together.</summary>
    public sealed record ClassSeries
    {
        /// <summary>The series' key, unique in its jurisdiction.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The jurisdiction that publishes the series.</summary>
        public string JurisdictionKey { get; init; } = string.Empty;

        /// <summary>The series' title, e.g. "Customer Support Coordinator".</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>The date the series description carries, e.g. July 2015.</summary>
        public SpecDate? Date { get; init; }

        /// <summary>The job group (occupational group) of the series, when given.</summary>
        public string? JobGroupKey { get; init; }

        /// <summary>The allocation factors in the order the series presents them.</summary>
        public EquatableArray<FactorDefinition> Factors { get; init; }

        /// <summary>The keys of the series' classes, lowest level first.</summary>
        public EquatableArray<string> Levels { get; init; }

        /// <summary>The series' own sections, e.g. the description of occupational work.</summary>
        public EquatableArray<Section> Sections { get; init; }

        /// <summary>The series' history, in the spec's order.</summary>
        public EquatableArray<HistoryEntry> History { get; init; }

        /// <summary>The spec file the series was read from.</summary>
        public string SourcePath { get; init; } = string.Empty;
    }
}
