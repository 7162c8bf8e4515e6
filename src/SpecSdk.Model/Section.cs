namespace SpecSdk.Model
{
    /// <summary>
    /// A prose section of a spec, in the spec's own words. Text is Markdown (CommonMark) with line feeds.
    /// </summary>
    public sealed record Section
    {
        /// <summary>A stable identifier, e.g. "duties"; unique within its spec.</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The heading as the spec writes it, e.g. "Examples of Essential Duties".</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>Text the jurisdiction prints at the start of this section in every spec; empty when none.</summary>
        public string Lead { get; init; } = string.Empty;

        /// <summary>The section's own text before its first subsection.</summary>
        public string Body { get; init; } = string.Empty;

        /// <summary>The subsections (### headings) in order.</summary>
        public EquatableArray<Section> Subsections { get; init; }

        /// <summary>True when the section has no text at all: no lead, no body, no subsection text.</summary>
        public bool IsEmpty
        {
            get
            {
                if (Lead.Length != 0 || Body.Length != 0)
                {
                    return false;
                }

                foreach (var subsection in Subsections)
                {
                    if (!subsection.IsEmpty)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>A dated entry of a class's or series' history, with the spec's own wording.</summary>
    public sealed record HistoryEntry
    {
        /// <summary>When the change took effect.</summary>
        public SpecDate Date { get; init; }

        /// <summary>The entry as the spec writes it.</summary>
        public string Text { get; init; } = string.Empty;
    }

    /// <summary>Where a spec was taken from, e.g. a PDF and the date it was printed.</summary>
    public sealed record SourceDocument
    {
        /// <summary>The document's title or file name.</summary>
        public string? Title { get; init; }

        /// <summary>Where the document is published.</summary>
        public string? Url { get; init; }

        /// <summary>The print date the document carries.</summary>
        public SpecDate? Printed { get; init; }
    }
}
