using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>A section as read from the body, with what the structured fields are drawn from.</summary>
    internal sealed class ParsedSection
    {
        public string Id { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public SourceLocation Heading { get; set; } = new SourceLocation();

        public string Body { get; set; } = string.Empty;

        public List<ParsedSection> Subsections { get; } = new List<ParsedSection>();

        /// <summary>How many sections after this one had its id and were renamed (id-2, id-3...): where the next one's number starts.</summary>
        public int Copies { get; set; }

        /// <summary>The subsections by id.</summary>
        public Dictionary<string, ParsedSection> SubsectionIds { get; } = new Dictionary<string, ParsedSection>(StringComparer.Ordinal);

        public List<Block> Blocks { get; } = new List<Block>();

        /// <summary>The Markdown the blocks' spans refer to.</summary>
        public string Source { get; set; } = string.Empty;

        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        /// <summary>The items of the lists in this section and in its subsections, in order.</summary>
        public IEnumerable<string> AllItems()
        {
            foreach (var item in Items())
            {
                yield return item;
            }

            foreach (var subsection in Subsections)
            {
                foreach (var item in subsection.Items())
                {
                    yield return item;
                }
            }
        }

        /// <summary>The items of the lists in the section's own text.</summary>
        public IEnumerable<string> Items()
        {
            foreach (var block in Blocks)
            {
                if (block is ListBlock list)
                {
                    foreach (var child in list)
                    {
                        yield return BodyReader.ItemText(Source, child);
                    }
                }
            }
        }

        /// <summary>The section's own text split at paragraphs that say only "OR".</summary>
        public List<string> Alternatives()
        {
            var alternatives = new List<string>();
            var from = ContentStart;
            foreach (var block in Blocks)
            {
                if (block is ParagraphBlock && BodyReader.IsOr(Source, block))
                {
                    AddAlternative(alternatives, from, block.Span.Start);
                    from = Math.Min(Source.Length, block.Span.End + 1);
                }
            }

            AddAlternative(alternatives, from, ContentEnd);
            return alternatives;
        }

        private void AddAlternative(List<string> alternatives, int from, int to)
        {
            var alternative = Text.NormalizeBlock(Source, from, Math.Max(from, to));
            if (alternative.Length > 0)
            {
                alternatives.Add(alternative);
            }
        }

        public Section ToModel()
        {
            var subsections = new Section[Subsections.Count];
            for (var i = 0; i < subsections.Length; i++)
            {
                subsections[i] = Subsections[i].ToModel();
            }

            return new Section { Id = Id, Title = Title, Body = Body, Subsections = subsections };
        }
    }

    /// <summary>Reads the Markdown body of a spec file into sections (## headings) and subsections (### headings).</summary>
    internal static class BodyReader
    {
        /// <summary>The deepest nesting of Markdown read: far beyond any spec's, far below where parsing slows down.</summary>
        public const int MaxDepth = 32;

        private static readonly MarkdownPipeline Pipeline = BlocksOnly();
        private static readonly Regex IdAttribute = new Regex(@"\s*\{#([^}\s]*)\}\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex ListMarker = new Regex(@"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]?", RegexOptions.CultureInvariant);

        /// <summary>
        /// CommonMark block structure only: the reader takes headings, lists and paragraphs from their source spans
        /// and never needs inlines, whose parsing is most of Markdig's work: each leaf block is told to skip it. The whole file is parsed, so spans are
        /// offsets in it; the front matter extension keeps YAML from being read as Markdown.
        /// </summary>
        private static MarkdownPipeline BlocksOnly()
        {
            var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter();
            foreach (var parser in builder.BlockParsers)
            {
                parser.Closed += (processor, block) =>
                {
                    if (block is LeafBlock leaf)
                    {
                        leaf.ProcessInlines = false;
                    }
                };
            }

            return builder.Build();
        }

        /// <summary>Reads <paramref name="text"/> from <paramref name="start"/> to its end.</summary>
        public static List<ParsedSection> Read(string text, int start, ReadContext context)
        {
            var sections = new List<ParsedSection>();
            if (TooDeep(text, start) is { } deep)
            {
                context.Diagnostics.Add(SpecDiagnostics.TooDeep.Create(context.Map.Locate(deep, deep + 1), "Markdown text", MaxDepth));
                return sections;
            }

            MarkdownDocument document;
            try
            {
                document = Markdown.Parse(text, Pipeline);
            }
            catch (ArgumentException)
            {
                // Markdig's own depth limit, which counts containers the scan above does not (a long run of
                // lazy continuations, a table); past it, Markdig refuses the text.
                context.Diagnostics.Add(SpecDiagnostics.TooDeep.Create(context.Map.Locate(start, start), "Markdown text", MaxDepth));
                return sections;
            }

            var ids = new Dictionary<string, ParsedSection>(StringComparer.Ordinal);
            ParsedSection? section = null;
            ParsedSection? target = null;
            var reportedOutside = false;
            foreach (var block in document)
            {
                if (block.Span.Start < start)
                {
                    continue;
                }

                if (block is HeadingBlock heading && heading.Level <= 3)
                {
                    Close(target, text, block.Span.Start);
                    var parsed = ReadHeading(heading, text, context);
                    if (heading.Level == 1)
                    {
                        context.Diagnostics.Add(SpecDiagnostics.TitleHeading.Create(parsed.Heading));
                    }

                    if (heading.Level == 3 && section is not null)
                    {
                        AddUnique(section.Subsections, section.SubsectionIds, parsed, context);
                    }
                    else
                    {
                        if (heading.Level == 3)
                        {
                            context.Diagnostics.Add(SpecDiagnostics.TextOutsideSection.Create(parsed.Heading));
                            reportedOutside = true;
                        }

                        section = parsed;
                        AddUnique(sections, ids, parsed, context);
                    }

                    target = parsed;
                    continue;
                }

                if (target is null)
                {
                    if (!reportedOutside)
                    {
                        context.Diagnostics.Add(SpecDiagnostics.TextOutsideSection.Create(context.Map.Locate(block.Span.Start, Math.Min(text.Length, block.Span.End + 1))));
                        reportedOutside = true;
                    }

                    continue;
                }

                target.Blocks.Add(block);
            }

            Close(target, text, text.Length);
            return sections;
        }

        /// <summary>
        /// Adds <paramref name="parsed"/> to its siblings, renaming it when its id is taken; <paramref name="ids"/>
        /// holds the siblings by id, so that a file of many headings is checked in linear time.
        /// </summary>
        private static void AddUnique(List<ParsedSection> siblings, Dictionary<string, ParsedSection> ids, ParsedSection parsed, ReadContext context)
        {
            if (ids.TryGetValue(parsed.Id, out var first))
            {
                context.Diagnostics.Add(SpecDiagnostics.DuplicateSection.Create(parsed.Heading, parsed.Id, first.Heading.StartLine + 1));
                first.Copies++;
                parsed.Id = Text.Unique(parsed.Id, candidate => !ids.ContainsKey(candidate), first.Copies + 1);
            }

            ids[parsed.Id] = parsed;
            siblings.Add(parsed);
        }

        /// <summary>
        /// The offset of the first list marker or block quote nested more than <see cref="MaxDepth"/> levels, counting
        /// the markers before it on its line and its indentation (two columns a level), or null. Checked before
        /// Markdig, whose work grows with the square of the depth: 1,800 levels took it 18 s.
        /// </summary>
        private static int? TooDeep(string text, int start)
        {
            var lineStart = start;
            string? fence = null;
            while (lineStart < text.Length)
            {
                var first = lineStart;
                while (first < text.Length && (text[first] == ' ' || text[first] == '\t'))
                {
                    first++;
                }

                if (fence is null ? IsFence(text, first, "```") || IsFence(text, first, "~~~") : IsFence(text, first, fence))
                {
                    // Inside a fenced code block nothing nests: its lines are text.
                    fence = fence is null ? text.Substring(first, 3) : null;
                }

                if (fence is not null)
                {
                    var next = text.IndexOf('\n', first);
                    lineStart = next < 0 ? text.Length : next + 1;
                    continue;
                }

                var column = 0;
                var markers = 0;
                var i = lineStart;
                while (i < text.Length)
                {
                    var marker = MarkerLength(text, i);
                    if (marker > 0)
                    {
                        markers++;
                        if (Math.Max(markers, column / 2) > MaxDepth)
                        {
                            return i;
                        }

                        column += marker;
                        i += marker;
                    }
                    else if (text[i] == ' ')
                    {
                        column++;
                        i++;
                    }
                    else if (text[i] == '\t')
                    {
                        column += 4 - (column % 4);
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var end = text.IndexOf('\n', i);
                lineStart = end < 0 ? text.Length : end + 1;
            }

            return null;
        }

        private static bool IsFence(string text, int at, string fence) => string.CompareOrdinal(text, at, fence, 0, fence.Length) == 0;

        /// <summary>The length of the list marker ('-', '*', '+', '1.' or '1)' before a space) or block quote ('>') at <paramref name="i"/>; 0 when there is none.</summary>
        private static int MarkerLength(string text, int i)
        {
            if (text[i] == '>')
            {
                return 1;
            }

            var end = i;
            while (end < text.Length && end - i < 9 && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            if (end > i && end < text.Length && (text[end] == '.' || text[end] == ')'))
            {
                end++;
            }
            else if (end == i && (text[i] == '-' || text[i] == '*' || text[i] == '+'))
            {
                end++;
            }
            else
            {
                return 0;
            }

            return end < text.Length && (text[end] == ' ' || text[end] == '\t') ? end - i : 0;
        }

        private static ParsedSection ReadHeading(HeadingBlock heading, string body, ReadContext context)
        {
            var spanEnd = Math.Min(body.Length, heading.Span.End + 1);
            var raw = body.Substring(heading.Span.Start, spanEnd - heading.Span.Start);
            var lineEnd = raw.IndexOfAny(new[] { '\r', '\n' });
            var line = (lineEnd < 0 ? raw : raw.Substring(0, lineEnd)).Trim();
            if (!heading.IsSetext)
            {
                line = line.TrimStart('#');
                line = Regex.Replace(line, @"(^|\s)#+\s*$", string.Empty).Trim();
            }

            var headingLocation = context.Map.Locate(heading.Span.Start, heading.Span.Start + (lineEnd < 0 ? raw.Length : lineEnd));
            var parsed = new ParsedSection { Heading = headingLocation, ContentStart = spanEnd };
            var attribute = IdAttribute.Match(line);
            if (attribute.Success)
            {
                var id = attribute.Groups[1].Value;
                line = line.Substring(0, attribute.Index).Trim();
                if (Text.IsKey(id))
                {
                    parsed.Id = id;
                }
                else
                {
                    var at = headingLocation.Start + raw.IndexOf("{#", StringComparison.Ordinal);
                    context.Diagnostics.Add(SpecDiagnostics.InvalidValue.Create(context.Map.Locate(at, at + id.Length + 3), id, "section id", "use lower-case letters and digits joined by hyphens, e.g. {#duties}."));
                }
            }

            parsed.Title = line;
            if (line.Length == 0)
            {
                context.Diagnostics.Add(SpecDiagnostics.InvalidValue.Create(headingLocation, string.Empty, "heading", "write the section's name after the '#' marks."));
            }

            if (parsed.Id.Length == 0)
            {
                var slug = Text.Slug(line);
                parsed.Id = slug.Length == 0 ? "section" : slug;
            }

            return parsed;
        }

        private static void Close(ParsedSection? target, string body, int end)
        {
            if (target is null)
            {
                return;
            }

            target.Source = body;
            target.ContentStart = Math.Min(target.ContentStart, end);
            target.ContentEnd = end;
            target.Body = Text.NormalizeBlock(body, target.ContentStart, end);
        }

        internal static bool IsOr(string body, Block block)
        {
            var length = Math.Min(body.Length, block.Span.End + 1) - block.Span.Start;
            return length >= 2 && length <= 12 && string.Equals(body.Substring(block.Span.Start, length).Trim(), "OR", StringComparison.OrdinalIgnoreCase);
        }

        internal static string ItemText(string body, Block item)
        {
            var end = Math.Min(body.Length, item.Span.End + 1);
            var raw = body.Substring(item.Span.Start, end - item.Span.Start).Replace("\r\n", "\n");
            var marker = ListMarker.Match(raw);
            var indent = marker.Success ? marker.Length : 0;
            var lines = raw.Substring(indent).Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                var strip = 0;
                while (strip < indent && strip < lines[i].Length && lines[i][strip] == ' ')
                {
                    strip++;
                }

                lines[i] = lines[i].Substring(strip);
            }

            return Text.NormalizeBlock(string.Join("\n", lines));
        }
    }
}
