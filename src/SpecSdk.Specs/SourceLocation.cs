using System.Globalization;

namespace SpecSdk.Specs
{
    /// <summary>
    /// A span of a spec file: character offsets and zero-based line and column positions, as Roslyn counts them.
    /// In a PDF, which has no lines of its own, the page and the line on that page.
    /// </summary>
    public sealed record SourceLocation
    {
        /// <summary>The file's path as it was given to the reader.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>The offset of the first character, in UTF-16 code units from the start of the text.</summary>
        public int Start { get; init; }

        /// <summary>The number of characters covered.</summary>
        public int Length { get; init; }

        /// <summary>The zero-based line of the first character.</summary>
        public int StartLine { get; init; }

        /// <summary>The zero-based column of the first character.</summary>
        public int StartColumn { get; init; }

        /// <summary>The zero-based line just after the span.</summary>
        public int EndLine { get; init; }

        /// <summary>The zero-based column just after the span.</summary>
        public int EndColumn { get; init; }

        /// <summary>The one-based page of a PDF the span is on, <see cref="StartLine"/> counting that page's lines of text; 0 in a text file.</summary>
        public int Page { get; init; }

        /// <summary>MSBuild's form: <c>path(line,col)</c>, one-based; in a PDF <c>path(page 2, line 14)</c>.</summary>
        public override string ToString() => Page > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}(page {1}, line {2})", Path, Page, StartLine + 1)
            : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Path, StartLine + 1, StartColumn + 1);
    }
}
