namespace SpecSdk.Model
{
    /// <summary>A job class: one specification with its identity, pay, place in a series and its sections.</summary>
    public sealed record JobClass
    {
        /// <summary>The class's key, unique in its jurisdiction; used where the class has no code.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The jurisdiction that publishes the class.</summary>
        public string JurisdictionKey { get; init; } = string.Empty;

        /// <summary>The class title, e.g. "Production Coordinator".</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>A shorter title the jurisdiction uses in tables, e.g. "Customer Support Coord I".</summary>
        public string? ShortTitle { get; init; }

        /// <summary>The job (class) code, e.g. "73070V000101" or "G2C3XX".</summary>
        public string? Code { get; init; }

        /// <summary>The job number, e.g. "20001502".</summary>
        public string? JobNumber { get; init; }

        /// <summary>The pay plan that holds <see cref="Grade"/>.</summary>
        public string? PayPlanKey { get; init; }

        /// <summary>The pay grade, e.g. "14".</summary>
        public string? Grade { get; init; }

        /// <summary>The job group or job family.</summary>
        public string? JobGroupKey { get; init; }

        /// <summary>The class series the class belongs to.</summary>
        public string? SeriesKey { get; init; }

        /// <summary>The class's level in its series, 1 for the lowest.</summary>
        public int? Level { get; init; }

        /// <summary>When the class was established.</summary>
        public SpecDate? Established { get; init; }

        /// <summary>When the class was last revised.</summary>
        public SpecDate? Revised { get; init; }

        /// <summary>The date the spec is valid as of.</summary>
        public SpecDate? ValidAsOf { get; init; }

        /// <summary>The probationary period in months.</summary>
        public int? ProbationaryPeriodMonths { get; init; }

        /// <summary>The special entrance rate; null when the spec does not state one.</summary>
        public SpecialEntranceRate? SpecialEntranceRate { get; init; }

        /// <summary>All sections in the order the spec presents them, the jurisdiction's boilerplate included.</summary>
        public EquatableArray<Section> Sections { get; init; }

        /// <summary>The duties, one per item (Markdown).</summary>
        public EquatableArray<string> Duties { get; init; }

        /// <summary>The knowledge required, one per item (Markdown).</summary>
        public EquatableArray<string> Knowledge { get; init; }

        /// <summary>The skills required, one per item (Markdown).</summary>
        public EquatableArray<string> Skills { get; init; }

        /// <summary>The abilities required, one per item (Markdown).</summary>
        public EquatableArray<string> Abilities { get; init; }

        /// <summary>The licences and certifications, one per item (Markdown).</summary>
        public EquatableArray<string> Licensing { get; init; }

        /// <summary>The minimum qualifications, when the spec has them.</summary>
        public MinimumQualifications? MinimumQualifications { get; init; }

        /// <summary>The allocation factors of the class's level, in the series' order.</summary>
        public EquatableArray<FactorRating> Factors { get; init; }

        /// <summary>The class's history, in the spec's order.</summary>
        public EquatableArray<HistoryEntry> History { get; init; }

        /// <summary>The document the spec was taken from.</summary>
        public SourceDocument? Source { get; init; }

        /// <summary>The spec file the class was read from.</summary>
        public string SourcePath { get; init; } = string.Empty;

        /// <summary>The section with <paramref name="id"/>, or null.</summary>
        public Section? FindSection(string id)
        {
            foreach (var section in Sections)
            {
                if (section.Id == id)
                {
                    return section;
                }
            }

            return null;
        }
    }
}
