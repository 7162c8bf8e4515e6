namespace SpecSdk.Model
{
    /// <summary>A job group, job family or occupational group of a jurisdiction.</summary>
    public sealed record JobGroup
    {
        /// <summary>The group's key, unique in its jurisdiction; classes refer to it.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The jurisdiction's code for the group, e.g. "7300", when it has one.</summary>
        public string? Code { get; init; }

        /// <summary>The group's name.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>A description of the work the group covers (Markdown).</summary>
        public string? Description { get; init; }
    }

    /// <summary>A bargaining (negotiating) unit of a jurisdiction.</summary>
    public sealed record BargainingUnit
    {
        /// <summary>The unit's key, unique in its jurisdiction; classes refer to it.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The jurisdiction's code for the unit, e.g. "05", when it has one.</summary>
        public string? Code { get; init; }

        /// <summary>The unit's name.</summary>
        public string Name { get; init; } = string.Empty;
    }

    /// <summary>A jurisdictional class of a civil service (e.g. competitive, non-competitive, labor, exempt).</summary>
    public sealed record JurisdictionalClass
    {
        /// <summary>The key, unique in its jurisdiction; classes refer to it.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The name, e.g. "Non-competitive".</summary>
        public string Name { get; init; } = string.Empty;
    }

    /// <summary>Where a jurisdiction is: a country and, within it, a region.</summary>
    public sealed record Location
    {
        /// <summary>The ISO 3166-1 alpha-2 country code, e.g. "US".</summary>
        public string Country { get; init; } = string.Empty;

        /// <summary>The ISO 3166-2 subdivision code, e.g. "US-KY", when the jurisdiction is within one.</summary>
        public string? Region { get; init; }
    }

    /// <summary>An employer that publishes job class specifications, with its pay plans and groups.</summary>
    public sealed record Jurisdiction
    {
        /// <summary>A short key, unique in the catalog, e.g. "ky".</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The full name, e.g. "Commonwealth of Kentucky".</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>What the jurisdiction calls its spec documents, e.g. "Job Class Specification".</summary>
        public string? DocumentTitle { get; init; }

        /// <summary>What the jurisdiction calls its job groups: "Job Group", "Job Family", "Occupational Group".</summary>
        public string JobGroupTerm { get; init; } = "Job Group";

        /// <summary>The ISO 4217 code of the currency its salaries are paid in, e.g. "USD" (the default).</summary>
        public string Currency { get; init; } = "USD";

        /// <summary>Where the jurisdiction is, when its file says.</summary>
        public Location? Location { get; init; }

        /// <summary>
        /// The shape of the jurisdiction's job codes, a regular expression the whole code matches (e.g. "[0-9]{5}V[0-9]{6}"),
        /// when its file declares one: every class's code is checked against it, and the analyzer takes a string of
        /// that shape in C# for a job code.
        /// </summary>
        public string? CodePattern { get; init; }

        /// <summary>The bargaining units its classes may belong to, in order.</summary>
        public EquatableArray<BargainingUnit> BargainingUnits { get; init; }

        /// <summary>The jurisdictional classes its classes may be in, in order.</summary>
        public EquatableArray<JurisdictionalClass> JurisdictionalClasses { get; init; }

        /// <summary>The pay plans in order.</summary>
        public EquatableArray<PayPlan> PayPlans { get; init; }

        /// <summary>The job groups in order.</summary>
        public EquatableArray<JobGroup> JobGroups { get; init; }

        /// <summary>Sections every class spec of the jurisdiction repeats, such as an equal-opportunity statement.</summary>
        public EquatableArray<Section> Boilerplate { get; init; }

        /// <summary>Ids of the sections every class spec must have, with text.</summary>
        public EquatableArray<string> RequiredSections { get; init; }

        /// <summary>The spec file the jurisdiction was read from, relative to the spec root.</summary>
        public string SourcePath { get; init; } = string.Empty;
    }
}
