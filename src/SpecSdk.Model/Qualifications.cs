namespace SpecSdk.Model
{
    /// <summary>What a minimum requirement is about.</summary>
    public enum RequirementKind
    {
        /// <summary>Another requirement, e.g. a special requirement.</summary>
        Other,

        /// <summary>Education.</summary>
        Education,

        /// <summary>Experience.</summary>
        Experience,

        /// <summary>Education and experience stated together.</summary>
        EducationAndExperience,
    }

    /// <summary>One minimum requirement, met by any one of its alternatives.</summary>
    public sealed record Requirement
    {
        /// <summary>What the requirement is about.</summary>
        public RequirementKind Kind { get; init; }

        /// <summary>The heading as the spec writes it, e.g. "Education".</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>
        /// The ways to meet the requirement (Markdown); more than one where the spec separates them with "OR".
        /// </summary>
        public EquatableArray<string> Alternatives { get; init; }
    }

    /// <summary>A rule by which one qualification substitutes for another.</summary>
    public sealed record Substitution
    {
        /// <summary>What is given instead, e.g. "Education".</summary>
        public string Substitute { get; init; } = string.Empty;

        /// <summary>What it stands in for, e.g. "Experience".</summary>
        public string For { get; init; } = string.Empty;

        /// <summary>The rule in the spec's words (Markdown).</summary>
        public string Text { get; init; } = string.Empty;
    }

    /// <summary>The minimum qualifications of a class.</summary>
    public sealed record MinimumQualifications
    {
        /// <summary>Text before the first requirement (Markdown); often empty.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The requirements in order.</summary>
        public EquatableArray<Requirement> Requirements { get; init; }

        /// <summary>The substitution rules in order.</summary>
        public EquatableArray<Substitution> Substitutions { get; init; }
    }
}
