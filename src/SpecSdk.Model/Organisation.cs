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
