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

        /// <summary>Where the class stands: active, proposed or abolished.</summary>
        public ClassStatus Status { get; init; }

        /// <summary>When the class was abolished; set only for an abolished class.</summary>
        public SpecDate? Abolished { get; init; }

        /// <summary>The class that replaces an abolished one, when there is one.</summary>
        public ClassReference? Successor { get; init; }

        /// <summary>Other titles the class is known by: working titles, former titles, what people search for.</summary>
        public EquatableArray<string> AlternateTitles { get; init; }

        /// <summary>The class's status under the Fair Labor Standards Act, when the spec states it.</summary>
        public FlsaStatus? Flsa { get; init; }

        /// <summary>The exemption of an exempt class, when the spec names it.</summary>
        public FlsaExemption? FlsaExemption { get; init; }

        /// <summary>Whether the class is paid for overtime, when the spec states it (an exempt class may be, by policy).</summary>
        public bool? OvertimeEligible { get; init; }

        /// <summary>The class's EEO-4 job category.</summary>
        public EeoCategory? EeoCategory { get; init; }

        /// <summary>The key of the class's bargaining (negotiating) unit, one of its jurisdiction's.</summary>
        public string? BargainingUnitKey { get; init; }

        /// <summary>The key of the class's jurisdictional class (competitive, non-competitive, labor, exempt...).</summary>
        public string? JurisdictionalClassKey { get; init; }

        /// <summary>The federal occupational code: SOC (<c>15-1232</c>) or O*NET-SOC (<c>15-1232.00</c>).</summary>
        public string? OccupationalCode { get; init; }

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
