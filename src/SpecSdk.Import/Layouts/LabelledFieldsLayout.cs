using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// Documents that open with a block of labelled fields in two columns, whose values a text export may glue before
/// their labels ("73070V000101Job Code:"), salary lines per basis ("$2,937.20 - $5,131.40 - Monthly"), then sections
/// headed by capitals and a colon, where the text after the colon is the jurisdiction's standard wording. What is the
/// jurisdiction's own (its name, the labels, the paragraphs and sections every document repeats, how to recognise its
/// documents) comes from a <see cref="LayoutDefinition"/>, a layout file.
/// </summary>
internal sealed class LabelledFieldsLayout : DefinedLayout
{
    /// <summary>The name layout files give this reader in <c>reads</c>.</summary>
    public const string Reader = "labelled-fields";

    /// <summary>The header fields this reader fills.</summary>
    public static readonly string[] Fields = new[] { FieldNames.Code, FieldNames.JobNumber, FieldNames.Grade, Salary, JobGroupField }.Concat(LayoutFileFields.Dates).Append(EntranceRate).ToArray();

    /// <summary>The header field of the salary lines.</summary>
    public const string Salary = "salary";

    /// <summary>The header field of the job group.</summary>
    public const string JobGroupField = "job-group";

    /// <summary>The header field of the special entrance rate.</summary>
    public const string EntranceRate = "special-entrance-rate";

    private static readonly Regex SalaryLine = new(
        @"^\$?\s*(?<a>\d[\d,]*(?:\.\d+)?)\s*-\s*\$?\s*(?<b>\d[\d,]*(?:\.\d+)?)\s*-\s*(?<basis>.+)$", RegexOptions.CultureInvariant);

    private static readonly Regex AmountLine = new(@"^\$\s*(?<a>\d[\d,]*(?:\.\d+)?)\s*-\s*(?<basis>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex HeadingLine = new(@"^(?<title>[^:]{3,100}):\s*(?<lead>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex JobGroup = new(@"^(?<code>[0-9A-Z]{2,10})\s*-\s*(?<name>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Probation = new(@"probationary\s+period\s+of\s+(?<n>\d{1,3})\s*(?<unit>months?|years?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly Regex label;

    public LabelledFieldsLayout(LayoutDefinition definition)
        : base(definition)
    {
        // A salary label may say which figures its lines give: "Salary (MIN - MAX):".
        var alternatives = Definition.Labels.OrderByDescending(l => l.Label.Length)
            .Select(l => LabelPattern(l.Label) + (l.Field == Salary ? @"(?:\s*\((?<columns>[A-Za-z]+\s*-\s*[A-Za-z]+)\))?" : string.Empty));
        // A layout without labels has no header fields: its pattern matches no line.
        label = new Regex(Definition.Labels.Count == 0 ? @"[^\s\S]" : $@"^(?<before>.*?)\s*(?<label>{string.Join("|", alternatives)}):\s*(?<after>.*)$", LayoutFileReader.PatternOptions | RegexOptions.IgnoreCase);
    }

    public override LayoutResult Read(SourceText text, List<SpecDiagnostic> diagnostics)
    {
        var result = NewResult();
        var jurisdiction = result.Jurisdiction;
        var fields = new HeaderValues();
        var blocks = SplitAtHeadings(text.Blocks);
        var index = 0;
        var header = new List<SourceLine>();
        var body = new List<SourceLine>();
        for (; index < blocks.Count && !IsHeading(blocks[index], out _); index++)
        {
            foreach (var line in blocks[index].Lines)
            {
                if (body.Count == 0 && header.Count < 3 && Prose.IsCaps(line.Text) && !label.IsMatch(line.Text) && Definition.IsSign(line.Text))
                {
                    header.Add(line);
                }
                else
                {
                    body.Add(line);
                }
            }
        }

        var draft = new SpecDraft(string.Empty, text.Path);
        var unread = new List<(SourceLine Line, string Value, string What)>();
        var unplaced = new List<SourceLine>();
        ReadFields(body, fields, unread, unplaced);
        string? titleCode = null;
        var title = fields.Title is null ? null : Titles.Split(fields.Title, out titleCode);
        if (title is null)
        {
            diagnostics.Add(ImportDiagnostics.MissingTitle.Create(text.At(1), Name));
            return result;
        }

        fields.Code ??= titleCode;
        draft.Path = jurisdiction.Folder + "/" + Text.Slug(title) + ".md";
        draft.Set("kind", "class");
        draft.Set("jurisdiction", jurisdiction.Key);
        draft.Set("title", title);
        draft.Set("code", fields.Code);
        draft.Set("job-number", fields.JobNumber);
        draft.Set("grade", fields.Grade);
        if (fields.JobGroup is { } group)
        {
            jurisdiction.JobGroups.Add(group);
            draft.Set("job-group", group.Key ?? group.Code);
        }

        foreach (var (key, date) in fields.Dates)
        {
            draft.Set(key, new YamlPlain(date.ToString()));
        }

        foreach (var (line, value, what) in unread)
        {
            SectionReader.Unreadable(text, draft, line, value, what, diagnostics);
        }

        foreach (var line in unplaced)
        {
            SectionReader.Unplaced(text, draft, new TextBlock(new[] { line }), diagnostics);
        }

        if (fields.Grade is not null && fields.Figures.Count > 0)
        {
            jurisdiction.Grades.Add(new GradeInfo(fields.Grade, new YamlMap(fields.Figures.ToArray()), text.At(fields.FiguresLine)));
        }

        ReadSections(text, blocks, index, draft, result, diagnostics);
        var probation = Probation.Match(draft.Section("probationary-period")?.Content() ?? string.Empty);
        if (probation.Success)
        {
            draft.Set("probationary-period", probation.Groups["n"].Value + " " + probation.Groups["unit"].Value.ToLowerInvariant());
        }

        if (fields.EntranceRate is not null)
        {
            draft.Set("special-entrance-rate", fields.EntranceRate);
        }

        if (text.Printed is { } printed)
        {
            draft.Set("source", new YamlMap(("title", new YamlString(jurisdiction.DocumentTitle + ", " + title)), ("printed", new YamlPlain(printed.ToString()))));
        }

        SectionReader.Finish(draft);
        result.Specs.Add(draft);
        return result;
    }

    /// <summary>A heading in capitals starts a block of its own even when the export left no blank line before it.</summary>
    private List<TextBlock> SplitAtHeadings(IReadOnlyList<TextBlock> blocks)
    {
        var split = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var current = new List<SourceLine>();
            foreach (var line in block.Lines)
            {
                if (current.Count > 0 && IsHeading(new TextBlock(new[] { line }), out var heading) && Prose.IsCaps(heading.Title))
                {
                    split.Add(new TextBlock(current));
                    current = new List<SourceLine>();
                }

                current.Add(line);
            }

            split.Add(new TextBlock(current));
        }

        return split;
    }

    /// <summary>A section heading: a label in capitals and a colon, or a short label with a colon alone on its line.</summary>
    private bool IsHeading(TextBlock block, out Heading heading)
    {
        heading = new Heading(string.Empty, string.Empty, block.Number);
        var match = HeadingLine.Match(block.First);
        if (!match.Success || label.IsMatch(block.First))
        {
            return false;
        }

        var title = match.Groups["title"].Value.Trim();
        var lead = match.Groups["lead"].Value;
        var caps = Prose.IsCaps(title) && title.Length >= 4;
        var shortLabel = lead.Trim().Length == 0 && block.Lines.Count == 1 && Prose.WordCount(title) <= 8 && title.IndexOfAny(new[] { '.', ';', ',' }) < 0;
        if (!caps && !shortLabel && !SectionReader.IsKnown(title))
        {
            return false;
        }

        var rest = new List<SourceLine> { new(block.Number, lead) };
        for (var i = 1; i < block.Lines.Count; i++)
        {
            rest.Add(block.Lines[i]);
        }

        heading = new Heading(title, Prose.Join(rest), block.Number);
        return true;
    }

    private void ReadSections(SourceText text, List<TextBlock> blocks, int index, SpecDraft draft, LayoutResult result, List<SpecDiagnostic> diagnostics)
    {
        SectionDraft? section = null;
        SectionDraft? target = null;
        for (; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (Definition.Skips(block.Text))
            {
                continue;
            }

            if (KeptAside(text, block, draft, result))
            {
                target = null;
                continue;
            }

            if (IsHeading(block, out var heading))
            {
                var title = SectionReader.Title(heading.Title);
                var id = SectionId(heading.Title);
                var part = section?.Id == SectionIds.MinimumQualifications && SectionReader.IsQualificationPart(heading.Title);
                target = new SectionDraft(part ? Text.Slug(title) : id, title, heading.Line);
                if (part)
                {
                    section!.Subsections.Add(target);
                }
                else if (Definition.Boilerplate.Contains(id))
                {
                    result.Boilerplate.Add(new Boilerplate(target, draft, text.At(target.Line)));
                    section = null;
                }
                else
                {
                    section = target;
                    draft.Sections.Add(target);
                }

                if (heading.Lead.Length > 0)
                {
                    var lead = new SectionDraft(target.Id, title, heading.Line);
                    lead.AddParagraph(heading.Lead, heading.Line);
                    result.Boilerplate.Add(new Boilerplate(lead, draft, text.At(lead.Line)));
                }

                continue;
            }

            if (target is null)
            {
                SectionReader.Unplaced(text, draft, block, diagnostics);
                continue;
            }

            SectionReader.AddBlock(target, block);
        }
    }

    /// <summary>The fields of the header: a label's value glued before it, after it, or on the next line.</summary>
    private void ReadFields(List<SourceLine> lines, HeaderValues fields, List<(SourceLine, string, string)> unread, List<SourceLine> unplaced)
    {
        // The field the last label without a value names, and the label as written (for messages).
        (string Field, string What)? pending = null;
        foreach (var line in lines)
        {
            var value = line.Text.Trim();
            var match = label.Match(value);
            if (match.Success)
            {
                // The label as written, without the columns a salary label names: "Salary (USD) (MIN - MAX)" is "Salary (USD)".
                var group = match.Groups["label"];
                var columns = match.Groups["columns"];
                var written = columns.Success ? value.Substring(group.Index, columns.Index - group.Index).TrimEnd().TrimEnd('(').TrimEnd() : group.Value;
                if (!TryField(written, out var field))
                {
                    unplaced.Add(line);
                    continue;
                }

                var named = (Field: field, What: Prose.Collapse(written).ToLowerInvariant());
                var before = match.Groups["before"].Value.Trim();
                var after = match.Groups["after"].Value.Trim();
                pending = null;
                if (named.Field == Salary)
                {
                    fields.Columns = Columns(match.Groups["columns"].Value);
                    if (before.Length > 0)
                    {
                        Assign(fields, (FieldNames.Grade, FieldNames.Grade), before, line, unread);
                    }

                    pending = named;
                    continue;
                }

                var glued = before.Length > 0 ? before : after;
                if (glued.Length > 0)
                {
                    Assign(fields, named, glued, line, unread);
                }
                else
                {
                    pending = named;
                }

                continue;
            }

            var salary = SalaryLine.Match(value);
            if (salary.Success && Bases.TryRead(salary.Groups["basis"].Value, out var basis))
            {
                fields.Figures.Add((basis, new YamlMap(new List<KeyValuePair<string, YamlDraft>>
                {
                    new(fields.Columns[0], new YamlPlain(Amount(salary.Groups["a"].Value))),
                    new(fields.Columns[1], new YamlPlain(Amount(salary.Groups["b"].Value))),
                }, Flow: true)));
                fields.FiguresLine = fields.FiguresLine == 0 ? line.Number : fields.FiguresLine;
                continue;
            }

            if (pending?.Field == EntranceRate)
            {
                EntranceRateLine(fields, value, line, unread);
                continue;
            }

            if (fields.Title is null && Prose.IsCaps(value) && (pending is null || pending.Value.Field == FieldNames.Grade))
            {
                fields.Title = value;
                continue;
            }

            if (pending is { } waiting && waiting.Field != Salary)
            {
                Assign(fields, waiting, value, line, unread);
                pending = null;
                continue;
            }

            unplaced.Add(line);
        }
    }

    private static void EntranceRateLine(HeaderValues fields, string value, SourceLine line, List<(SourceLine, string, string)> unread)
    {
        if (string.Equals(value, "none", StringComparison.OrdinalIgnoreCase))
        {
            fields.EntranceRate ??= new YamlString("none");
            return;
        }

        var amount = AmountLine.Match(value);
        if (amount.Success && Bases.TryRead(amount.Groups["basis"].Value, out var basis))
        {
            var entries = fields.EntranceRate is YamlMap map ? new List<KeyValuePair<string, YamlDraft>>(map.Entries) : new List<KeyValuePair<string, YamlDraft>>();
            entries.Add(new(basis, new YamlPlain(Amount(amount.Groups["a"].Value))));
            fields.EntranceRate = new YamlMap(entries);
            return;
        }

        unread.Add((line, value, "special entrance rate"));
    }

    private static void Assign(HeaderValues fields, (string Field, string What) named, string value, SourceLine line, List<(SourceLine, string, string)> unread)
    {
        switch (named.Field)
        {
            case FieldNames.Grade or FieldNames.Code or FieldNames.JobNumber:
                if (!Text.IsCode(value))
                {
                    unread.Add((line, value, named.What));
                }
                else if (named.Field == FieldNames.Grade)
                {
                    fields.Grade = value;
                }
                else if (named.Field == FieldNames.JobNumber)
                {
                    fields.JobNumber = value;
                }
                else
                {
                    fields.Code = value;
                }

                return;
            case JobGroupField:
                var group = JobGroup.Match(value);
                fields.JobGroup = group.Success
                    ? new JobGroupInfo(null, group.Groups["code"].Value, SectionReader.Title(group.Groups["name"].Value))
                    : new JobGroupInfo(Text.Slug(value), null, SectionReader.Title(value));
                return;
            case EntranceRate:
                EntranceRateLine(fields, value, line, unread);
                return;
            default:
                if (Dates.TryParse(value, out var date))
                {
                    fields.Dates.Add((named.Field, date));
                    return;
                }

                unread.Add((line, value, "date"));
                return;
        }
    }

    private static string[] Columns(string columns)
    {
        var parts = columns.Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var names = new[] { RangeFigures.Minimum.SpecName, RangeFigures.Maximum.SpecName };
        if (parts.Length == 2)
        {
            names[0] = Column(parts[0]) ?? names[0];
            names[1] = Column(parts[1]) ?? names[1];
        }

        return names;
    }

    private static string? Column(string part) => part.ToUpperInvariant() switch
    {
        "MIN" or "MINIMUM" => RangeFigures.Minimum.SpecName,
        "MID" or "MIDPOINT" => RangeFigures.Midpoint.SpecName,
        "MAX" or "MAXIMUM" => RangeFigures.Maximum.SpecName,
        _ => null,
    };

    private static string Amount(string text) => text.Replace(",", string.Empty, StringComparison.Ordinal);

    /// <summary>What the field block of one document says.</summary>
    private sealed class HeaderValues
    {
        public string? Title { get; set; }

        public string? Grade { get; set; }

        public string? Code { get; set; }

        public string? JobNumber { get; set; }

        public JobGroupInfo? JobGroup { get; set; }

        public List<(string Key, Model.SpecDate Date)> Dates { get; } = new();

        public YamlDraft? EntranceRate { get; set; }

        public string[] Columns { get; set; } = { RangeFigures.Minimum.SpecName, RangeFigures.Maximum.SpecName };

        public List<(string Basis, YamlDraft Range)> Figures { get; } = new();

        public int FiguresLine { get; set; }
    }

}
