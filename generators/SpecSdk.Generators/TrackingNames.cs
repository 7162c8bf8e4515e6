namespace SpecSdk.Generators
{
    /// <summary>The names of the pipeline's steps, so tests can check why each ran.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string SpecFiles = nameof(SpecFiles);
        public const string ReadSpec = nameof(ReadSpec);
        public const string Context = nameof(Context);
        public const string Resolve = nameof(Resolve);
        public const string Catalog = nameof(Catalog);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Jurisdictions = nameof(Jurisdictions);
        public const string Classes = nameof(Classes);
        public const string Index = nameof(Index);
        public const string Codes = nameof(Codes);
    }
}
