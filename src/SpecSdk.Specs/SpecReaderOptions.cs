using SpecSdk.Model;

namespace SpecSdk.Specs
{
    /// <summary>Settings of <see cref="SpecReader"/>.</summary>
    public sealed record SpecReaderOptions
    {
        /// <summary>The largest spec file read, in characters (UTF-8 bytes for byte input).</summary>
        public const int DefaultMaxCharacters = 4 * 1024 * 1024;

        /// <summary>The defaults: today's date in UTC, files up to 4 MiB.</summary>
        public static SpecReaderOptions Default => new SpecReaderOptions();

        /// <summary>The date against which "in the future" is judged.</summary>
        public SpecDate Today { get; init; } = SpecDate.Today();

        /// <summary>The largest file read; larger ones get SPEC002.</summary>
        public int MaxCharacters { get; init; } = DefaultMaxCharacters;

        /// <summary>
        /// Reads the front matter alone: the document has its fields and no sections, and the file is not validated.
        /// For a caller that needs a version's fields only (the handbook reads the title and grade of every earlier
        /// version of a spec in its history), at a fraction of a whole read's cost.
        /// </summary>
        public bool FrontMatterOnly { get; init; }
    }
}
