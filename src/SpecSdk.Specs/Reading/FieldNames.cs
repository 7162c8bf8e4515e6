namespace SpecSdk.Specs.Reading
{
    /// <summary>The fields each kind of mapping accepts; docs/spec-file.schema.json lists the same names.</summary>
    internal static class FieldNames
    {
        public static readonly string[] Class =
        {
            "kind", "key", "jurisdiction", "title", "short-title", "code", "job-number", "pay-plan", "grade", "job-group",
            "series", "level", "established", "revised", "valid-as-of", "probationary-period", "special-entrance-rate",
            "factor-ratings", "history", "source",
        };

        public static readonly string[] Series = { "kind", "key", "jurisdiction", "title", "date", "job-group", "factors", "history", "source" };

        public static readonly string[] Jurisdiction = { "kind", "key", "name", "document-title", "job-group-term", "pay-plans", "job-groups", "required-sections" };

        public static readonly string[] PayPlan = { "key", "name", "effective", "grades" };

        public static readonly string[] Grade =
        {
            "grade", "hourly", "weekly", "biweekly", "semimonthly", "monthly", "monthly-37.5h", "monthly-40h", "annual",
        };

        public static readonly string[] Range = { "minimum", "midpoint", "maximum" };

        public static readonly string[] JobGroup = { "key", "code", "name", "description" };

        public static readonly string[] Factor = { "key", "name" };

        public static readonly string[] HistoryEntry = { "date", "text" };

        public static readonly string[] Source = { "title", "url", "printed" };

        public static readonly string[] SpecialEntranceRate =
        {
            "hourly", "weekly", "biweekly", "semimonthly", "monthly", "monthly-37.5h", "monthly-40h", "annual",
        };
    }
}
