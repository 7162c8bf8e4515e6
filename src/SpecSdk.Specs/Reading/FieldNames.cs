using System.Linq;

namespace SpecSdk.Specs.Reading
{
    /// <summary>The fields each kind of mapping accepts; docs/spec-file.schema.json lists the same names.</summary>
    public static class FieldNames
    {
        /// <summary>A class's job code.</summary>
        public const string Code = "code";

        /// <summary>A class's job number.</summary>
        public const string JobNumber = "job-number";

        /// <summary>A class's pay grade.</summary>
        public const string Grade = "grade";

        /// <summary>The series a class belongs to.</summary>
        public const string Series = "series";

        /// <summary>A class's level in its series.</summary>
        public const string Level = "level";

        /// <summary>The date of a series' description.</summary>
        public const string Date = "date";

        /// <summary>The kinds of spec file, the first the default: the values of <c>kind</c>.</summary>
        public static readonly string[] Kinds = { "class", "series", "jurisdiction", "pay-plan-version" };

        /// <summary>The fields of a class spec.</summary>
        public static readonly string[] Class =
        {
            "kind", "key", "jurisdiction", "title", "short-title", Code, JobNumber, "pay-plan", Grade, "job-group",
            Series, Level, "established", "revised", "valid-as-of", "probationary-period", "special-entrance-rate",
            "factor-ratings", "history", "source", "status", "abolished", "successor", "alternate-titles", "flsa",
            "overtime-eligible", "eeo-category", "bargaining-unit", "jurisdictional-class", "occupational-code",
        };

        /// <summary>The fields of a class reference written as a set of fields (a successor in another jurisdiction).</summary>
        public static readonly string[] ClassReference = { "jurisdiction", "key" };

        /// <summary>The fields of a series spec.</summary>
        public static readonly string[] SeriesFields = { "kind", "key", "jurisdiction", "title", Date, "job-group", "factors", "history", "source" };

        /// <summary>The fields of a Jurisdiction mapping.</summary>
        public static readonly string[] Jurisdiction =
        {
            "kind", "key", "name", "document-title", "job-group-term", "currency", "location", "code-pattern", "pay-plans", "job-groups",
            "bargaining-units", "jurisdictional-classes", "required-sections",
        };

        /// <summary>The fields of a jurisdiction's location.</summary>
        public static readonly string[] Location = { "country", "region" };

        /// <summary>The fields of a bargaining unit.</summary>
        public static readonly string[] BargainingUnit = { "key", "code", "name" };

        /// <summary>The fields of a jurisdictional class.</summary>
        public static readonly string[] JurisdictionalClass = { "key", "name" };

        /// <summary>The fields of one version of a pay plan, in the plan's 'versions' list.</summary>
        public static readonly string[] PayPlanVersion = { "effective", "ends", "name", "steps", "grades" };

        /// <summary>The fields of its one version that a plan may give directly: a version's but its name, which there is the plan's.</summary>
        public static readonly string[] PlanVersionFields = PayPlanVersion.Where(f => f != "name").ToArray();

        /// <summary>The fields of a PayPlan mapping: its one version's fields may stand on it directly.</summary>
        public static readonly string[] PayPlan = new[] { "key", "name", "versions" }.Concat(PlanVersionFields).ToArray();

        /// <summary>The fields of a pay plan version file (kind 'pay-plan-version').</summary>
        public static readonly string[] PayPlanVersionFile = new[] { "kind", "jurisdiction", "pay-plan" }.Concat(PayPlanVersion).ToArray();

        /// <summary>The fields of a pay grade.</summary>
        public static readonly string[] GradeFields = new[] { "grade", "steps" }.Concat(SalaryBases.Names).ToArray();

        /// <summary>The fields of a grade's steps: a list of rates per basis.</summary>
        public static readonly string[] GradeSteps = SalaryBases.Names.ToArray();

        /// <summary>The fields of a Range mapping.</summary>
        public static readonly string[] Range = RangeFigures.All.Select(f => f.SpecName).ToArray();

        /// <summary>The fields of a JobGroup mapping.</summary>
        public static readonly string[] JobGroup = { "key", "code", "name", "description" };

        /// <summary>The fields of a Factor mapping.</summary>
        public static readonly string[] Factor = { "key", "name" };

        /// <summary>The fields of a HistoryEntry mapping.</summary>
        public static readonly string[] HistoryEntry = { "date", "text" };

        /// <summary>The fields of a Source mapping.</summary>
        public static readonly string[] Source = { "title", "url", "printed" };

        /// <summary>The fields of a SpecialEntranceRate mapping.</summary>
        public static readonly string[] SpecialEntranceRate = SalaryBases.Names.ToArray();
    }
}
