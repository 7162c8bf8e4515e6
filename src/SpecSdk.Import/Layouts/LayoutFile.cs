using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// A layout written as data: how a jurisdiction's documents are recognised, the jurisdiction they belong to, their
/// header fields' labels, the headings whose section id differs from the one their words give, where the job group is
/// named and which sections every document repeats. Read from a layout file (YAML) by <see cref="LayoutFileReader"/>.
/// </summary>
internal sealed record LayoutDefinition(
    string Name,
    string Reads,
    JurisdictionFacts Jurisdiction,
    IReadOnlyList<LayoutSignal> Recognise,
    IReadOnlyList<(string Field, string Label)> Labels,
    IReadOnlyDictionary<string, string> Headings,
    JobGroupRule? JobGroup,
    IReadOnlyList<string> Boilerplate,
    IReadOnlyList<BoilerplateParagraph> BoilerplateParagraphs,
    SeriesRules Series,
    IReadOnlyList<Regex> Skip)
{
    /// <summary>True when <paramref name="paragraph"/> is one the layout says to skip (an index line, a page's running title).</summary>
    public bool Skips(string paragraph) => Skip.Any(p => p.IsMatch(paragraph));

    /// <summary>How strongly <paramref name="text"/> looks like this layout: the weights of its lines that are signs.</summary>
    public int Score(SourceText text)
    {
        var score = 0;
        foreach (var block in text.Blocks)
        {
            foreach (var line in block.Lines)
            {
                foreach (var signal in Recognise)
                {
                    score += signal.Matches(line.Text) ? signal.Weight : 0;
                }
            }
        }

        return score;
    }

    /// <summary>True when <paramref name="line"/> is a sign of the layout: a line that says whose document it is.</summary>
    public bool IsSign(string line) => Recognise.Any(s => s.Matches(line));
}

/// <summary>The jurisdiction a layout's documents belong to, and what its jurisdiction file says of them.</summary>
internal sealed record JurisdictionFacts(string Key, string Name, string Folder, string? DocumentTitle, string? JobGroupTerm, IReadOnlyList<string> RequiredSections);

/// <summary>
/// A sign that a document is in the layout: a line (trimmed, in any case) that is <see cref="Text"/> (<see
/// cref="Kind"/> "line"), starts or ends with it, or contains it; each such line adds <see cref="Weight"/> to the
/// layout's score.
/// </summary>
internal sealed record LayoutSignal(string Kind, string Text, int Weight)
{
    public bool Matches(string line)
    {
        var value = line.Trim();
        return Kind switch
        {
            LayoutFileFields.LineSign => value.Equals(Text, StringComparison.OrdinalIgnoreCase),
            LayoutFileFields.StartsWithSign => value.StartsWith(Text, StringComparison.OrdinalIgnoreCase),
            LayoutFileFields.EndsWithSign => value.EndsWith(Text, StringComparison.OrdinalIgnoreCase),
            _ => value.Contains(Text, StringComparison.OrdinalIgnoreCase),
        };
    }
}

/// <summary>A paragraph every document repeats, found by the words it <see cref="Contains"/> (as written), kept in the jurisdiction file as section <see cref="Section"/>.</summary>
internal sealed record BoilerplateParagraph(string Contains, string Section, string Title);

/// <summary>
/// The job group named in section <see cref="Section"/>: the group "name" of <see cref="Pattern"/>, its key made from
/// the group "key" where the pattern has one ("Administrative Services and Related" is administrative-services).
/// </summary>
internal sealed record JobGroupRule(string Section, Regex Pattern)
{
    /// <summary>The job group <paramref name="text"/> names, or null.</summary>
    public JobGroupInfo? Find(string text)
    {
        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = Prose.Collapse(match.Groups[LayoutFileFields.NameGroup].Value);
        var key = match.Groups[LayoutFileFields.KeyGroup] is { Success: true } part ? Prose.Collapse(part.Value) : name;
        return new JobGroupInfo(Text.Slug(key), null, name);
    }
}

/// <summary>How a series document's parts are told apart: the sections that are the series' wherever they stand, the headings of its dated history and of its table of factor ratings.</summary>
internal sealed record SeriesRules(IReadOnlyList<string> Sections, IReadOnlyList<string> HistoryHeadings, IReadOnlyList<string> RatingsHeadings);

/// <summary>The fields of a layout file, stated once: the reader, the JSON Schema's test and the docs use them.</summary>
internal static class LayoutFileFields
{
    /// <summary>
    /// The header fields that are dates, as spec files name them. First in this class: the readers' field lists are
    /// made from it while <see cref="Readers"/> is made from theirs.
    /// </summary>
    public static readonly string[] Dates = { Established, Revised, ValidAsOf };

    /// <summary>The header field of the date a class was established.</summary>
    public const string Established = "established";

    /// <summary>The header field of the date a class was last revised.</summary>
    public const string Revised = "revised";

    /// <summary>The header field of the date a specification is valid from.</summary>
    public const string ValidAsOf = "valid-as-of";

    /// <summary>Every top-level field: the four every layout file gives, then the <see cref="Optional"/> ones.</summary>
    public static IReadOnlyList<string> All => new[] { "layout", "reads", "jurisdiction", "recognise" }.Concat(Optional).ToArray();

    /// <summary>The fields of <c>jurisdiction</c>.</summary>
    public static IReadOnlyList<string> Jurisdiction { get; } = new[] { "key", "name", "folder", "document-title", "job-group-term", "required-sections" };

    public const string LineSign = "line";
    public const string StartsWithSign = "starts-with";
    public const string EndsWithSign = "ends-with";

    /// <summary>The kinds of sign of <c>recognise</c>, each item one of them and perhaps a weight.</summary>
    public static IReadOnlyList<string> Signals { get; } = new[] { LineSign, StartsWithSign, EndsWithSign, "contains" };

    /// <summary>The fields of an item of <c>recognise</c>.</summary>
    public static IReadOnlyList<string> Signal { get; } = Signals.Concat(new[] { "weight" }).ToArray();

    /// <summary>How documents may be read: the readers a layout file names in <c>reads</c>, each with the header fields it fills.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Readers { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [HeadedSectionsLayout.Reader] = HeadedSectionsLayout.Fields,
        [LabelledFieldsLayout.Reader] = LabelledFieldsLayout.Fields,
        [SeriesLayout.Reader] = SeriesLayout.Fields,
    };

    /// <summary>The fields a layout file may leave out, each used by some readers (<see cref="ReaderOptions"/>).</summary>
    public static IReadOnlyList<string> Optional { get; } = new[] { "fields", "headings", "job-group", "boilerplate-sections", "boilerplate-paragraphs", "series", "skip-paragraphs" };

    /// <summary>The optional fields each reader uses: a layout file that gives one its reader does not use is told so.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReaderOptions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [HeadedSectionsLayout.Reader] = new[] { "fields", "headings", "job-group", "boilerplate-sections", "boilerplate-paragraphs", "skip-paragraphs" },
        [LabelledFieldsLayout.Reader] = new[] { "fields", "headings", "boilerplate-sections", "boilerplate-paragraphs", "skip-paragraphs" },
        [SeriesLayout.Reader] = new[] { "fields", "headings", "job-group", "series", "skip-paragraphs" },
    };

    /// <summary>Every header field a layout may give labels for: the spec fields they fill (a reader fills some of them).</summary>
    public static IReadOnlyList<string> Header { get; } = Readers.Values.SelectMany(f => f).Distinct().ToArray();

    /// <summary>The fields of <c>job-group</c>.</summary>
    public static IReadOnlyList<string> JobGroup { get; } = new[] { "section", "pattern" };

    /// <summary>The fields of <c>series</c>, which only the series reader reads.</summary>
    public static IReadOnlyList<string> Series { get; } = new[] { "sections", "history-headings", "ratings-headings" };

    /// <summary>The group of a job group pattern that holds what the group's key is made from, when not all of its name.</summary>
    public const string KeyGroup = "key";

    /// <summary>The fields of an item of <c>boilerplate-paragraphs</c>.</summary>
    public static IReadOnlyList<string> Paragraph { get; } = new[] { "contains", "section", "title" };

    /// <summary>The group of a job group pattern that holds the group's name.</summary>
    public const string NameGroup = "name";

    /// <summary>The most a sign may weigh.</summary>
    public const int MaxWeight = 10;
}

/// <summary>The diagnostics of layout files, LAY001 on; those the spec reader's YAML handling finds keep its messages.</summary>
public static class LayoutDiagnostics
{
    /// <summary>The file cannot be read as YAML fields.</summary>
    public static readonly SpecDiagnosticDescriptor Syntax = new()
    {
        Id = "LAY001", Title = "Layout file is not valid YAML", MessageFormat = "The layout file cannot be read: {0}.", DefaultSeverity = SpecSeverity.Error,
    };

    /// <summary>A field layout files do not have.</summary>
    public static readonly SpecDiagnosticDescriptor UnknownField = SpecDiagnostics.UnknownField with { Id = "LAY002" };

    /// <summary>A field of the wrong type.</summary>
    public static readonly SpecDiagnosticDescriptor WrongType = SpecDiagnostics.WrongType with { Id = "LAY003" };

    /// <summary>A required field left out.</summary>
    public static readonly SpecDiagnosticDescriptor MissingField = SpecDiagnostics.MissingField with { Id = "LAY004" };

    /// <summary>A value that is not valid for its field: a key, a section id, a reader, a weight.</summary>
    public static readonly SpecDiagnosticDescriptor InvalidValue = SpecDiagnostics.InvalidValue with { Id = "LAY005" };

    /// <summary>A field given twice.</summary>
    public static readonly SpecDiagnosticDescriptor DuplicateField = SpecDiagnostics.DuplicateField with { Id = "LAY006" };

    /// <summary>A pattern that is not a regular expression the importer can run in bounded time.</summary>
    public static readonly SpecDiagnosticDescriptor Pattern = new()
    {
        Id = "LAY007", Title = "Pattern not usable",
        MessageFormat = "The pattern '{0}' cannot be used: {1}. Patterns are .NET regular expressions run without backtracking (no lookarounds, backreferences or atomic groups), so no document can make them run away.",
        DefaultSeverity = SpecSeverity.Error,
    };

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[] { Syntax, UnknownField, WrongType, MissingField, InvalidValue, DuplicateField, Pattern };

    /// <summary>The spec reader's diagnostics layout files keep, by their SPEC id.</summary>
    private static readonly Dictionary<string, SpecDiagnosticDescriptor> Renamings = new(StringComparer.Ordinal)
    {
        [SpecDiagnostics.UnknownField.Id] = UnknownField,
        [SpecDiagnostics.WrongType.Id] = WrongType,
        [SpecDiagnostics.MissingField.Id] = MissingField,
        [SpecDiagnostics.InvalidValue.Id] = InvalidValue,
        [SpecDiagnostics.DuplicateField.Id] = DuplicateField,
    };

    /// <summary>A diagnostic of the spec reader's YAML handling as the layout file's.</summary>
    internal static SpecDiagnostic Renumber(SpecDiagnostic diagnostic) =>
        diagnostic.Id.StartsWith("LAY", StringComparison.Ordinal) ? diagnostic
        : Renamings.TryGetValue(diagnostic.Id, out var renamed) ? diagnostic with { Id = renamed.Id }
        : YamlFile.AsSyntax(diagnostic, Syntax);
}

/// <summary>Reads layout files: every problem is a LAY diagnostic at its line and column.</summary>
internal static class LayoutFileReader
{
    /// <summary>What --layout says to detect each document's layout; no layout has the name.</summary>
    public const string AutoName = "auto";

    /// <summary>A layout file's size limit: a layout is a page of settings.</summary>
    public const int MaxCharacters = 256 * 1024;

    /// <summary>How patterns run: without backtracking, so their time grows with the text and nothing else.</summary>
    public const RegexOptions PatternOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Reads the layout file <paramref name="path"/> (as reported) from <paramref name="bytes"/>, the start of a file of <paramref name="length"/> bytes.</summary>
    public static (LayoutDefinition? Layout, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string path, byte[] bytes, long length)
    {
        var (root, context) = YamlFile.Parse(path, bytes, length, MaxCharacters, LayoutDiagnostics.Syntax);
        LayoutDefinition? layout = null;
        if (root is Specs.Reading.YamlMap map)
        {
            layout = Bind(new FieldSet(context, map, "a layout file", string.Empty, LayoutFileFields.All), context);
        }
        else if (context.Diagnostics.Count == 0)
        {
            context.Diagnostics.Add(LayoutDiagnostics.Syntax.Create(root is null ? context.Map.Locate(0, 0) : context.Locate(root), "it must be 'name: value' lines (layout: ..., reads: ..., jurisdiction: ...), not " + (root?.Describe() ?? "empty")));
        }

        var diagnostics = context.Diagnostics.Select(LayoutDiagnostics.Renumber).ToList();
        diagnostics.Sort(SpecDiagnostic.Order);
        return (diagnostics.Any(d => d.Severity == SpecSeverity.Error) ? null : layout, diagnostics);
    }

    private static LayoutDefinition? Bind(FieldSet fields, ReadContext context)
    {
        var name = KeyOf(fields, "layout", "layout name", context);
        if (name == AutoName)
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode("layout")!, name, "layout name", "--layout auto means 'detect each document's layout'; name the layout after its jurisdiction.");
            name = null;
        }

        var reads = fields.Line("reads", required: true);
        if (reads is not null && !LayoutFileFields.Readers.ContainsKey(reads))
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode("reads")!, reads, "reader", "a layout file reads documents as " + string.Join(" or ", LayoutFileFields.Readers.Keys) + ".");
            reads = null;
        }

        foreach (var option in LayoutFileFields.Optional.Where(o => reads is not null && fields.Has(o) && !LayoutFileFields.ReaderOptions[reads].Contains(o)))
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.KeyNode(option)!, option, "field for " + reads, "that reader does not use it; it uses " + string.Join(", ", LayoutFileFields.ReaderOptions[reads!]) + ".");
        }

        var jurisdiction = fields.Map("jurisdiction") is { } facts ? Jurisdiction(new FieldSet(context, facts, "the jurisdiction of a layout file", "jurisdiction", LayoutFileFields.Jurisdiction), context) : null;
        if (!fields.Has("jurisdiction"))
        {
            fields.Missing("jurisdiction");
        }

        var signals = new List<LayoutSignal>();
        if (fields.List("recognise") is { } recognise)
        {
            foreach (var (_, item) in FieldSet.Maps(context, recognise, "recognise"))
            {
                signals.AddRange(Signal(new FieldSet(context, item, "a sign of a layout", "recognise", LayoutFileFields.Signal), context));
            }
        }

        if (!fields.Has("recognise"))
        {
            fields.Missing("recognise");
        }
        else if (signals.Count == 0 && fields.ValueNode("recognise") is Specs.Reading.YamlList { Items.Count: 0 } none)
        {
            context.Report(SpecDiagnostics.InvalidValue, none, "[]", "list of signs", "give at least one sign, e.g. '- line: ESSENTIAL FUNCTIONS'.");
        }

        var labels = new List<(string Field, string Label)>();
        if (fields.Map("fields") is { } header)
        {
            var set = new FieldSet(context, header, "the fields of a layout file", "fields", LayoutFileFields.Header);
            foreach (var field in LayoutFileFields.Header)
            {
                // A label is written as documents print it; the colon after it is the reader's to find.
                var given = set.Lines(field, "label").Select(label => (field, label.TrimEnd(':', ' '))).ToList();
                if (given.Any(l => l.Item2.Length == 0))
                {
                    context.Report(SpecDiagnostics.InvalidValue, set.ValueNode(field)!, ":", "label", "a label needs words before its colon.");
                    given.RemoveAll(l => l.Item2.Length == 0);
                }

                if (given.Count > 0 && reads is not null && !LayoutFileFields.Readers[reads].Contains(field))
                {
                    context.Report(SpecDiagnostics.InvalidValue, set.KeyNode(field)!, field, "field for " + reads, "that reader fills " + string.Join(", ", LayoutFileFields.Readers[reads]) + ".");
                }

                foreach (var (_, label) in given)
                {
                    if (labels.Exists(l => LabelKey(l.Label) == LabelKey(label)))
                    {
                        context.Report(SpecDiagnostics.InvalidValue, set.ValueNode(field)!, label, "label", "another field has it already; a label names one field.");
                    }
                    else
                    {
                        labels.Add((field, label));
                    }
                }
            }
        }

        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields.Map("headings") is { } map)
        {
            foreach (var entry in map.Entries)
            {
                if (SectionId(entry.Value, "headings", context) is { } id && !headings.TryAdd(SectionReader.HeadingKey(entry.Key.Value), id))
                {
                    context.Report(SpecDiagnostics.InvalidValue, entry.Key, entry.Key.Value, "heading", "it is given twice (headings are compared in capitals, without a colon); keep one.");
                }
            }
        }

        JobGroupRule? jobGroup = null;
        if (fields.Map("job-group") is { } group)
        {
            var set = new FieldSet(context, group, "the job group of a layout file", "job-group", LayoutFileFields.JobGroup);
            var section = set.Value("section") is { } node ? SectionId(node, "job-group.section", context) : null;
            var pattern = set.Scalar("pattern", required: true) is { } text ? Pattern(text, context, nameGroup: true) : null;
            if (!set.Has("section"))
            {
                set.Missing("section");
            }

            jobGroup = section is null || pattern is null ? null : new JobGroupRule(section, pattern);
        }

        var boilerplate = fields.List("boilerplate-sections") is { } list ? list.Items.Select(i => SectionId(i, "boilerplate-sections", context)).OfType<string>().ToList() : new List<string>();
        var paragraphs = new List<BoilerplateParagraph>();
        if (fields.List("boilerplate-paragraphs") is { } repeated)
        {
            foreach (var (_, item) in FieldSet.Maps(context, repeated, "boilerplate-paragraphs"))
            {
                var set = new FieldSet(context, item, "a repeated paragraph of a layout file", "boilerplate-paragraphs", LayoutFileFields.Paragraph);
                var contains = NotEmpty(set, "contains", "paragraph's words", context, required: true);
                var section = set.Value("section") is { } node ? SectionId(node, "boilerplate-paragraphs.section", context) : null;
                var title = NotEmpty(set, "title", "section title", context, required: true);
                if (!set.Has("section"))
                {
                    set.Missing("section");
                }

                if (contains is not null && section is not null && title is not null)
                {
                    paragraphs.Add(new BoilerplateParagraph(contains, section, title));
                }
            }
        }

        var series = new SeriesRules(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
        if (fields.Map("series") is { } parts)
        {
            var set = new FieldSet(context, parts, "the series of a layout file", "series", LayoutFileFields.Series);
            var sections = set.List("sections") is { } ids ? ids.Items.Select(i => SectionId(i, "series.sections", context)).OfType<string>().ToList() : new List<string>();
            series = new SeriesRules(sections, set.Lines("history-headings", "heading").Select(SectionReader.HeadingKey).ToList(), set.Lines("ratings-headings", "heading").Select(SectionReader.HeadingKey).ToList());
        }

        var skip = new List<Regex>();
        if (fields.List("skip-paragraphs") is { } skipped)
        {
            foreach (var item in skipped.Items)
            {
                if (item is not YamlText { IsNull: false } text)
                {
                    context.Report(SpecDiagnostics.WrongType, item, "skip-paragraphs", "a pattern", item.Describe());
                }
                else if (Pattern(text, context, nameGroup: false) is { } pattern)
                {
                    skip.Add(pattern);
                }
            }
        }

        return name is null || reads is null || jurisdiction is null ? null : new LayoutDefinition(name, reads, jurisdiction, signals, labels, headings, jobGroup, boilerplate, paragraphs, series, skip);
    }

    private static JurisdictionFacts? Jurisdiction(FieldSet fields, ReadContext context)
    {
        var key = KeyOf(fields, "key", "jurisdiction key", context);
        var name = NotEmpty(fields, "name", "jurisdiction name", context, required: true);
        var folder = KeyOf(fields, "folder", "folder name", context);
        var required = fields.List("required-sections") is { } list ? list.Items.Select(i => SectionId(i, "jurisdiction.required-sections", context)).OfType<string>().ToList() : new List<string>();
        return key is null || name is null || folder is null
            ? null
            : new JurisdictionFacts(key, name, folder, fields.Line("document-title"), fields.Line("job-group-term"), required);
    }

    private static IEnumerable<LayoutSignal> Signal(FieldSet fields, ReadContext context)
    {
        var weight = fields.Has("weight") ? fields.Integer("weight", 1, LayoutFileFields.MaxWeight) : 1;
        var given = LayoutFileFields.Signals.Where(fields.Has).ToList();
        if (given.Count != 1)
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.Node, given.Count == 0 ? "(none)" : string.Join(" and ", given), "sign", "each sign is one of " + string.Join(", ", LayoutFileFields.Signals.Select(s => "'" + s + ": TEXT'")) + ", with an optional 'weight: 1-" + LayoutFileFields.MaxWeight + "'.");
            yield break;
        }

        if (NotEmpty(fields, given[0], "sign", context) is { } text && weight is { } points)
        {
            yield return new LayoutSignal(given[0], text, points);
        }
    }

    /// <summary>One line of text that is not empty; reported and null when it is.</summary>
    private static string? NotEmpty(FieldSet fields, string name, string what, ReadContext context, bool required = false)
    {
        var value = fields.Line(name, required);
        if (value is { Length: 0 })
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode(name)!, value, what, "it is empty; write it, or leave the field out.");
            return null;
        }

        return value;
    }

    /// <summary>A key (lower case, digits, hyphens) such as a jurisdiction's or a layout's name; reported and null when it is not one.</summary>
    private static string? KeyOf(FieldSet fields, string name, string what, ReadContext context)
    {
        var value = fields.Line(name, required: true);
        if (value is not null && !Text.IsKey(value))
        {
            context.Report(SpecDiagnostics.InvalidValue, fields.ValueNode(name)!, value, what, "write lower-case letters, digits and hyphens, e.g. 'city-of-riverton'.");
            return null;
        }

        return value;
    }

    private static string? SectionId(YamlValue node, string field, ReadContext context)
    {
        if (node is not YamlText { IsNull: false } text)
        {
            context.Report(SpecDiagnostics.WrongType, node, field, "a section id", node.Describe());
            return null;
        }

        if (!Text.IsKey(text.Value))
        {
            context.Report(SpecDiagnostics.InvalidValue, text, text.Value, "section id", "write the id as spec files do: lower-case letters, digits and hyphens, e.g. 'duties'.");
            return null;
        }

        return text.Value;
    }

    /// <summary>How a label is compared and looked up: its words in capitals, split at any white space (a pattern's \s+ matches any).</summary>
    public static string LabelKey(string label) => string.Join(" ", label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>A pattern of the file, run without backtracking; a job group's needs the group "name", a skipped paragraph's is matched in any case.</summary>
    private static Regex? Pattern(YamlText text, ReadContext context, bool nameGroup)
    {
        Regex pattern;
        try
        {
            pattern = new Regex(text.Value, PatternOptions | (nameGroup ? RegexOptions.None : RegexOptions.IgnoreCase));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            context.Diagnostics.Add(LayoutDiagnostics.Pattern.Create(context.Locate(text), text.Value, exception.Message.TrimEnd('.')));
            return null;
        }

        if (nameGroup && Array.IndexOf(pattern.GetGroupNames(), LayoutFileFields.NameGroup) < 0)
        {
            context.Diagnostics.Add(LayoutDiagnostics.Pattern.Create(context.Locate(text), text.Value, $"it has no group (?<{LayoutFileFields.NameGroup}>...) for the job group's name"));
            return null;
        }

        return pattern;
    }
}
