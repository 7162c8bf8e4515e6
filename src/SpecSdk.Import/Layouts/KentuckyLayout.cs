using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// The Commonwealth of Kentucky's job class specification: a header, a two-column block of fields whose values the
/// export glues before their labels ("73070V000101Job Code:"), salary lines per basis, then sections headed by
/// capitals with a colon, where the text after the colon is the jurisdiction's standard wording.
/// </summary>
internal sealed class KentuckyLayout : Layout
{
    private static readonly Regex Label = new(
        @"^(?<before>.*?)\s*(?<label>Grade|Salary\s*\((?<columns>[A-Za-z]+\s*-\s*[A-Za-z]+)\)|Salary|Job\s+Code|Class\s+Code|Job\s+Group|Job\s+Established|Job\s+Revised|Job\s+Number|Special\s+Entrance\s+Rate|Valid\s+as\s+of|Established|Revised):\s*(?<after>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex SalaryLine = new(
        @"^\$?\s*(?<a>\d[\d,]*(?:\.\d+)?)\s*-\s*\$?\s*(?<b>\d[\d,]*(?:\.\d+)?)\s*-\s*(?<basis>.+)$", RegexOptions.CultureInvariant);

    private static readonly Regex AmountLine = new(@"^\$\s*(?<a>\d[\d,]*(?:\.\d+)?)\s*-\s*(?<basis>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex HeadingLine = new(@"^(?<title>[^:]{3,100}):\s*(?<lead>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex JobGroup = new(@"^(?<code>[0-9A-Z]{2,10})\s*-\s*(?<name>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Probation = new(@"probationary\s+period\s+of\s+(?<n>\d{1,3})\s*(?<unit>months?|years?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Eeo = new(@"DOES NOT DISCRIMINATE", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Sections whose whole text is the same in every Kentucky specification.</summary>
    private static readonly string[] SharedSections = { "additional-requirements" };

    public override string Name => "kentucky";

    public override int Score(SourceText text)
    {
        var score = 0;
        foreach (var block in text.Blocks)
        {
            foreach (var line in block.Lines)
            {
                var value = line.Text;
                score += value.Contains("JOB CLASS SPECIFICATION", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
                score += value.Contains("COMMONWEALTH OF KENTUCKY", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
                score += value.EndsWith("Job Code:", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
                score += value.StartsWith("CHARACTERISTICS OF THE JOB", StringComparison.Ordinal) ? 2 : 0;
                score += value.Contains("Salary (MIN", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
            }
        }

        return score;
    }

    public override LayoutResult Read(SourceText text, List<SpecDiagnostic> diagnostics)
    {
        var jurisdiction = new JurisdictionInfo("ky", "Commonwealth of Kentucky", "kentucky") { JobGroupTerm = "Job Group" };
        jurisdiction.RequiredSections.AddRange(new[] { SectionIds.Characteristics, SectionIds.MinimumQualifications, SectionIds.Duties });
        var result = new LayoutResult(jurisdiction);
        var fields = new Fields();
        var blocks = SplitAtHeadings(text.Blocks);
        var index = 0;
        var header = new List<SourceLine>();
        var body = new List<SourceLine>();
        for (; index < blocks.Count && !IsHeading(blocks[index], out _); index++)
        {
            foreach (var line in blocks[index].Lines)
            {
                if (body.Count == 0 && header.Count < 3 && Prose.IsCaps(line.Text) && !Label.IsMatch(line.Text) && IsHeaderLine(line.Text))
                {
                    header.Add(line);
                }
                else
                {
                    body.Add(line);
                }
            }
        }

        foreach (var line in header)
        {
            if (line.Text.Trim().EndsWith("SPECIFICATION", StringComparison.OrdinalIgnoreCase))
            {
                jurisdiction.DocumentTitle = Prose.TitleCase(line.Text);
            }
        }

        jurisdiction.DocumentTitle ??= "Job Class Specification";
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
            jurisdiction.Grades.Add(new GradeInfo(fields.Grade, new YamlMap(fields.Figures.ToArray()), text.Path, fields.FiguresLine));
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

    private static bool IsHeaderLine(string line) =>
        line.Contains("KENTUCKY", StringComparison.OrdinalIgnoreCase) || line.Trim().EndsWith("SPECIFICATION", StringComparison.OrdinalIgnoreCase);

    /// <summary>A heading in capitals starts a block of its own even when the export left no blank line before it.</summary>
    private static List<TextBlock> SplitAtHeadings(IReadOnlyList<TextBlock> blocks)
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
    private static bool IsHeading(TextBlock block, out Heading heading)
    {
        heading = new Heading(string.Empty, string.Empty, block.Number);
        var match = HeadingLine.Match(block.First);
        if (!match.Success || Label.IsMatch(block.First))
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

    private static void ReadSections(SourceText text, List<TextBlock> blocks, int index, SpecDraft draft, LayoutResult result, List<SpecDiagnostic> diagnostics)
    {
        SectionDraft? section = null;
        SectionDraft? target = null;
        for (; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (Eeo.IsMatch(block.Text) && Prose.IsCaps(block.Text))
            {
                var eeo = new SectionDraft("equal-opportunity", "Equal Employment Opportunity", block.Number);
                eeo.AddParagraph(block.Text, block.Number);
                result.Boilerplate.Add(new Boilerplate(eeo, draft, text.Path));
                target = null;
                continue;
            }

            if (IsHeading(block, out var heading))
            {
                var title = SectionReader.Title(heading.Title);
                var id = SectionReader.Id(heading.Title);
                var part = section?.Id == SectionIds.MinimumQualifications && SectionReader.IsQualificationPart(heading.Title);
                target = new SectionDraft(part ? Text.Slug(title) : id, title, heading.Line);
                if (part)
                {
                    section!.Subsections.Add(target);
                }
                else if (Array.IndexOf(SharedSections, id) >= 0)
                {
                    result.Boilerplate.Add(new Boilerplate(target, draft, text.Path));
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
                    result.Boilerplate.Add(new Boilerplate(lead, draft, text.Path));
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

    private static void ReadFields(List<SourceLine> lines, Fields fields, List<(SourceLine, string, string)> unread, List<SourceLine> unplaced)
    {
        string? pending = null;
        foreach (var line in lines)
        {
            var value = line.Text.Trim();
            var label = Label.Match(value);
            if (label.Success)
            {
                var name = Prose.Collapse(label.Groups["label"].Value).ToLowerInvariant();
                var before = label.Groups["before"].Value.Trim();
                var after = label.Groups["after"].Value.Trim();
                pending = null;
                if (name.StartsWith("salary", StringComparison.Ordinal))
                {
                    fields.Columns = Columns(label.Groups["columns"].Value);
                    if (before.Length > 0)
                    {
                        Assign(fields, "grade", before, line, unread);
                    }

                    pending = "salary";
                    continue;
                }

                var glued = before.Length > 0 ? before : after;
                if (glued.Length > 0)
                {
                    Assign(fields, name, glued, line, unread);
                }
                else
                {
                    pending = name;
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

            if (pending == "special entrance rate")
            {
                EntranceRate(fields, value, line, unread);
                continue;
            }

            if (fields.Title is null && Prose.IsCaps(value) && pending is null or "grade")
            {
                fields.Title = value;
                continue;
            }

            if (pending is not null && pending != "salary")
            {
                Assign(fields, pending, value, line, unread);
                pending = null;
                continue;
            }

            unplaced.Add(line);
        }
    }

    private static void EntranceRate(Fields fields, string value, SourceLine line, List<(SourceLine, string, string)> unread)
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

    private static void Assign(Fields fields, string name, string value, SourceLine line, List<(SourceLine, string, string)> unread)
    {
        switch (name)
        {
            case "grade" or "job code" or "class code" or "job number":
                if (Text.IsCode(value))
                {
                    switch (name)
                    {
                        case "grade":
                            fields.Grade = value;
                            break;
                        case "job number":
                            fields.JobNumber = value;
                            break;
                        default:
                            fields.Code = value;
                            break;
                    }

                    return;
                }

                break;
            case "job group":
                var group = JobGroup.Match(value);
                fields.JobGroup = group.Success
                    ? new JobGroupInfo(null, group.Groups["code"].Value, SectionReader.Title(group.Groups["name"].Value))
                    : new JobGroupInfo(Text.Slug(value), null, SectionReader.Title(value));
                return;
            case "special entrance rate":
                EntranceRate(fields, value, line, unread);
                return;
            default:
                if (Dates.TryParse(value, out var date))
                {
                    var key = name.EndsWith("established", StringComparison.Ordinal) ? "established" : name.EndsWith("revised", StringComparison.Ordinal) ? "revised" : "valid-as-of";
                    fields.Dates.Add((key, date));
                    return;
                }

                unread.Add((line, value, "date"));
                return;
        }

        unread.Add((line, value, name));
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
    private sealed class Fields
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
