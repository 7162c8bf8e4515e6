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
    }
}
