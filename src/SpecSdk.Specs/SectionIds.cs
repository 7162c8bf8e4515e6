using System.Collections.Generic;

namespace SpecSdk.Specs
{
    /// <summary>
    /// The section ids the product itself knows, stated once: the reader draws structured fields from them (duties,
    /// qualifications, factors), the handbook and <c>new</c> write them, the importer maps headings onto them. Any
    /// other id a spec gives is kept as it is.
    /// </summary>
    public static class SectionIds
    {
        /// <summary>The duties; each list item is one duty.</summary>
        public const string Duties = "duties";

        /// <summary>The minimum qualifications, split into alternatives at paragraphs saying "OR".</summary>
        public const string MinimumQualifications = "minimum-qualifications";

        /// <summary>The characteristics of the job (Kentucky).</summary>
        public const string Characteristics = "characteristics";

        /// <summary>A series level's concept of class (Colorado).</summary>
        public const string Concept = "concept";

        /// <summary>A class summary (Judicial Council of California).</summary>
        public const string Summary = "summary";

        /// <summary>A series' description of occupational work.</summary>
        public const string Description = "description";

        /// <summary>A series' entrance requirements.</summary>
        public const string EntranceRequirements = "entrance-requirements";

        /// <summary>A level's factors, one subsection per allocation factor.</summary>
        public const string Factors = "factors";

        /// <summary>Every id above.</summary>
        public static IReadOnlyList<string> All { get; } = new[] { Duties, MinimumQualifications, Characteristics, Concept, Description, EntranceRequirements, Factors };
    }
}
