using System.Collections.Generic;

namespace SpecSdk.Specs
{
    /// <summary>
    /// The folders the handbook keeps for itself at its root, beside one folder per jurisdiction: a jurisdiction may
    /// not take one of these names as its key (SPEC041), so <c>validate</c> refuses what the build would.
    /// </summary>
    public static class HandbookFolders
    {
        /// <summary>The search page.</summary>
        public const string Search = "search";

        /// <summary>The theme's style sheets, scripts and images.</summary>
        public const string Assets = "assets";

        /// <summary>The copies of the spec files the pages link to.</summary>
        public const string Specs = "specs";

        /// <summary>The JSON exports: one file a jurisdiction, and an index of them.</summary>
        public const string Data = "data";

        /// <summary>The pages of what changed, newest first.</summary>
        public const string Changes = "changes";

        /// <summary>The data of each class the compare page shows, one script a class.</summary>
        public const string Compare = "compare";

        /// <summary>Every one of them.</summary>
        public static IReadOnlyList<string> All { get; } = new[] { Search, Assets, Specs, Data, Changes, Compare };
    }
}
