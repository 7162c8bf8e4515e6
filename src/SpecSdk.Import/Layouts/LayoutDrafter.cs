using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// Drafts a layout file from one document, for HR to check and edit: the jurisdiction its lines name, the labels of
/// its header and the field each seems to be, its headings with the section ids they get, and the lines it repeats
/// (running headers and footers) as signs. Each reader is tried with the draft and the one that imports the document
/// with the fewest problems is chosen; what that import gave is written at the top of the draft.
/// </summary>
internal static class LayoutDrafter
{
    /// <summary>Words that name the kind of employer before "of": "City of Riverton", "STATE OF COLORADO".</summary>
    private const string EmployerKinds = "City|County|State|Commonwealth|Town|Village|Borough|Township|Parish|Province|Territory|District|Council|Court|University|Port|Authority";

    /// <summary>How many headings, at most, become signs of the layout.</summary>
    private const int MaxHeadingSigns = 6;

    private static readonly Regex TitleCaseEmployer = new($@"\b(?:(?:{EmployerKinds})(?:\s+and\s+County)?|Judicial\s+Council)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+)(?:\s+(?!(?:Department|Office|Division|Personnel|Human|Is|Web|Site|Employer)\b)[A-Z][a-z]+)?\b", RegexOptions.CultureInvariant);
    private static readonly Regex CapsEmployer = new($@"^(?:(?:{EmployerKinds.ToUpperInvariant()})(?:\s+AND\s+COUNTY)?|JUDICIAL\s+COUNCIL)\s+OF\s+(?:THE\s+)?[A-Z]+(?:\s+[A-Z]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex EqualOpportunity = new(@"\b(?:The\s+)?(?<name>(?:[A-Z][a-z]+\s+){0,5}[A-Z][a-z]+)\s+is\s+an\s+equal\s+opportunity\s+employer\b", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValue = new(@"^(?<label>[A-Z][A-Za-z.#/&' ]{1,40}?)\s*:\s*(?<value>\S.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex GluedLabel = new(@"^(?<value>.*?)(?<label>[A-Z][a-z][A-Za-z.']*(?:\s+(?:[A-Z][a-z][A-Za-z.']*|of|and|as|the))*)\s*(?:\([^)]*\))?\s*:$", RegexOptions.CultureInvariant);
    private static readonly Regex InlineHeading = new(@"^(?<heading>[A-Z][A-Z ,/&'()-]{3,80}?):(?:\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex DocumentTitle = new(@"\b(?:SPECIFICATION|DESCRIPTION|CLASSIFICATION)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    /// <summary>A line that names the class a page is for, after words of its own: "Class Description and Minimum Qualifications for G2C2TX - …".</summary>
    private static readonly Regex NamedClass = new(@"^(?<words>[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){2,12}\s)(?=[A-Z0-9]*\d[A-Z0-9]*\b)", RegexOptions.CultureInvariant);
    private static readonly Regex Money = new(@"\$\s?\d", RegexOptions.CultureInvariant);

    /// <summary>
    /// The header field a label seems to give, by its words and its value; null when none. The section ids headings
    /// suggest are <see cref="SuggestedId"/>'s.
    /// </summary>
    private static string? FieldOf(string label, string value, bool hasCode)
    {
        var words = label.ToLowerInvariant();
        if (Dates.TryParse(value, out _))
        {
            return words.Contains("revis", StringComparison.Ordinal) || words.Contains("amend", StringComparison.Ordinal) || words.Contains("updat", StringComparison.Ordinal) ? LayoutFileFields.Revised
                : words.Contains("establish", StringComparison.Ordinal) || words.Contains("adopt", StringComparison.Ordinal) || words.Contains("creat", StringComparison.Ordinal) || words.Contains("approv", StringComparison.Ordinal) ? LayoutFileFields.Established
                : words.Contains("valid", StringComparison.Ordinal) || words.Contains("effective", StringComparison.Ordinal) || words.Contains("as of", StringComparison.Ordinal) ? LayoutFileFields.ValidAsOf
                : null;
        }

        if (words.Contains("special entrance", StringComparison.Ordinal))
        {
            return LabelledFieldsLayout.EntranceRate;
        }

        if (words.Contains("salary", StringComparison.Ordinal) || words.Contains("wage", StringComparison.Ordinal) || (Money.IsMatch(value) && words.Contains("pay", StringComparison.Ordinal)))
        {
            return LabelledFieldsLayout.Salary;
        }

        if (words.Contains("grade", StringComparison.Ordinal) || words.Contains("range", StringComparison.Ordinal))
        {
            return value.Length <= 8 ? FieldNames.Grade : null;
        }

        if (words.Contains("group", StringComparison.Ordinal) || words.Contains("family", StringComparison.Ordinal))
        {
            return LabelledFieldsLayout.JobGroupField;
        }

        var numbered = words.Contains("code", StringComparison.Ordinal) || Regex.IsMatch(words, @"\b(?:no\.?|number|#)$", RegexOptions.CultureInvariant);
        return numbered && Text.IsCode(value.Trim()) ? (hasCode && !words.Contains("code", StringComparison.Ordinal) ? FieldNames.JobNumber : FieldNames.Code) : null;
    }

    /// <summary>The known section a heading's words suggest ("ESSENTIAL FUNCTIONS" → duties), else the id its words give.</summary>
    private static string SuggestedId(string heading)
    {
        if (SectionReader.IsKnown(heading))
        {
            return SectionReader.Id(heading);
        }

        var key = SectionReader.HeadingKey(heading);
        bool Has(string word) => key.Contains(word, StringComparison.Ordinal);
        return Has("DUTIES") || Has("FUNCTIONS") || Has("RESPONSIBILITIES") || Has("TASKS") ? SectionIds.Duties
            : Has("QUALIFICATIONS") || (Has("MINIMUM") && Has("REQUIREMENTS")) ? SectionIds.MinimumQualifications
            : Has("PURPOSE") || Has("DEFINITION") || Has("SUMMARY") || Has("OVERVIEW") ? SectionIds.Summary
            : (Has("WORK") || Has("WORKING")) && (Has("ENVIRONMENT") || Has("CONDITIONS")) ? "working-conditions"
            : SectionReader.Id(heading);
    }

    /// <summary>Drafts a layout from <paramref name="document"/>; the draft is null when the document cannot be read (its diagnostics say why).</summary>
    public static LayoutDraft Draft(ImportInput document)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var running = new List<string>();
        var text = Importer.ReadText(document, diagnostics, running);
        if (text is null)
        {
            return new LayoutDraft(null, null, 0, 0, 0, null, diagnostics);
        }

        var found = Find(text, running);
        if (found.Headings.Count == 0)
        {
            diagnostics.Add(ImportDiagnostics.NothingToDraft.Create(text.At(1), "no line of it is a heading"));
            return new LayoutDraft(null, null, 0, found.Labels.Count, found.Repeated.Count, null, diagnostics);
        }

        (string Yaml, string Reader, ImportResult Result)? best = null;
        var refused = new List<string>();
        foreach (var reader in LayoutFileFields.Readers.Keys)
        {
            var yaml = Write(found, reader, document.Path, trial: null);
            var (layout, problems) = ImportLayout.Read(document.Path, Encoding.UTF8.GetBytes(yaml), Encoding.UTF8.GetByteCount(yaml));
            if (layout is null || problems.Count > 0)
            {
                // What the document gave cannot be said in a layout file for this reader: e.g. too many labels for one pattern.
                refused.Add(reader + ": " + string.Join("; ", problems.Select(p => p.Message)));
                continue;
            }

            var result = Importer.Import(new[] { document }, layout);
            if (best is null || Problems(result, reader).CompareTo(Problems(best.Value.Result, best.Value.Reader)) < 0)
            {
                best = (yaml, reader, result);
            }
        }

        if (best is not { } chosen)
        {
            diagnostics.Add(ImportDiagnostics.NothingToDraft.Create(text.At(1), string.Join(" ", refused)));
            return new LayoutDraft(null, null, found.Headings.Count, found.Labels.Count, found.Repeated.Count, null, diagnostics);
        }

        return new LayoutDraft(Write(found, chosen.Reader, document.Path, chosen.Result), chosen.Reader, found.Headings.Count, found.Labels.Count, found.Repeated.Count, chosen.Result, diagnostics);
    }

    /// <summary>
    /// How badly a trial import went: errors first; then whether it is not a series of two levels or more (a reader
    /// that finds a series' levels found more of the document than one that reads it as one class); then warnings.
    /// </summary>
    private static (int, bool, int) Problems(ImportResult result, string reader) =>
        (result.Diagnostics.Concat(result.Validation).Count(d => d.Severity == SpecSeverity.Error),
         !(reader == SeriesLayout.Reader && result.Files.Count - 2 >= 2),
         result.Diagnostics.Concat(result.Validation).Count(d => d.Severity != SpecSeverity.Error));

    /// <summary>
    /// What one document shows of its layout: the employer it names, its document title, its header's lines that are
    /// signs, its labels, its headings in order (each once, with how often it stands) and the lines it repeats.
    /// </summary>
    private sealed record Findings(string? Employer, string? DocumentTitle, List<string> Signs, List<string> Prefixes, List<(string Label, string? Field)> Labels, List<(string Heading, string Id, int Count)> Headings, List<string> Repeated);

    private static Findings Find(SourceText text, List<string> running)
    {
        var blocks = text.Blocks;
        var lines = blocks.SelectMany(b => b.Lines).Select(l => Prose.Collapse(l.Text)).Where(l => l.Length > 0).ToList();

        // The header is what stands before the heading of the first paragraph of prose.
        var firstProse = Enumerable.Range(0, blocks.Count).FirstOrDefault(i => IsProse(blocks[i]) && HeadingAt(blocks, i) is null, blocks.Count);
        var header = Enumerable.Range(0, firstProse).LastOrDefault(i => HeadingAt(blocks, i) is not null, firstProse);

        var employer = lines.Where(l => CapsEmployer.IsMatch(l)).Select(Prose.TitleCase)
            .Concat(lines.SelectMany(l => TitleCaseEmployer.Matches(l).Select(m => Prose.Collapse(m.Value))))
            .Concat(blocks.Select(b => EqualOpportunity.Match(b.Text)).Where(m => m.Success).Select(m => Prose.Collapse(m.Groups["name"].Value)))
            .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var signs = new List<string>();
        var prefixes = new List<string>();
        string? documentTitle = null;
        var labels = new List<(string Label, string? Field)>();
        foreach (var line in blocks.Take(header).SelectMany(b => b.Lines))
        {
            foreach (var cell in line.Text.Split('\t').Select(Prose.Collapse).Where(c => c.Length > 0))
            {
                if (LabelValue.Match(cell) is { Success: true } pair)
                {
                    AddLabel(labels, pair.Groups["label"].Value, pair.Groups["value"].Value);
                }
                else if (GluedLabel.Match(cell) is { Success: true } glued)
                {
                    AddLabel(labels, glued.Groups["label"].Value, glued.Groups["value"].Value);
                }
                else if (Prose.IsCaps(cell) && CapsEmployer.IsMatch(cell))
                {
                    signs.Add(cell);
                }
                else if (documentTitle is null && Prose.IsCaps(cell) && DocumentTitle.IsMatch(cell) && Prose.WordCount(cell) <= 5)
                {
                    documentTitle = Prose.TitleCase(cell);
                    signs.Add(cell);
                }
                else if (NamedClass.Match(cell) is { Success: true } named)
                {
                    prefixes.Add(named.Groups["words"].Value);
                }
            }
        }

        var headings = new List<(string Heading, string Id, int Count)>();
        for (var i = header; i < blocks.Count; i++)
        {
            if (HeadingAt(blocks, i) is not { } heading)
            {
                continue;
            }

            var at = headings.FindIndex(h => SectionReader.HeadingKey(h.Heading) == SectionReader.HeadingKey(heading));
            if (at < 0)
            {
                headings.Add((heading, SuggestedId(heading), 1));
            }
            else
            {
                headings[at] = (headings[at].Heading, headings[at].Id, headings[at].Count + 1);
            }
        }

        // Lines of two words or more a text export repeats (a page header on every page) and the running lines of a PDF's pages.
        var repeated = running.Concat(lines
                .Where(l => Prose.WordCount(l) is >= 2 and <= 8 && !signs.Contains(l) && !headings.Exists(h => SectionReader.HeadingKey(h.Heading) == SectionReader.HeadingKey(l)) && !IsLabel(l))
                .GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            .Distinct(StringComparer.Ordinal).ToList();
        return new Findings(employer, documentTitle, signs, prefixes, labels, headings, repeated);
    }

    private static bool IsLabel(string line) => LabelValue.IsMatch(line) || GluedLabel.IsMatch(line);

    private static void AddLabel(List<(string Label, string? Field)> labels, string label, string value)
    {
        label = Prose.Collapse(label);
        if (labels.Exists(l => LayoutFileReader.LabelKey(l.Label) == LayoutFileReader.LabelKey(label)))
        {
            return;
        }

        var field = FieldOf(label, value, labels.Exists(l => l.Field == FieldNames.Code));
        labels.Add((label, field is not null && labels.Exists(l => l.Field == field) ? null : field));
    }

    /// <summary>A paragraph: eight words or more ending as a sentence does, not in capitals and not a block of labelled values.</summary>
    private static bool IsProse(TextBlock block) =>
        Prose.WordCount(block.Text) >= 8 && ".!?;:".Contains(block.Text.TrimEnd()[^1], StringComparison.Ordinal) && !Prose.IsCaps(block.Text)
        && !block.Lines.All(l => l.Text.Split('\t').Select(Prose.Collapse).Where(c => c.Length > 0).All(IsLabel));

    /// <summary>
    /// The heading block <paramref name="index"/> starts with, or null: one short line in capitals or in bold, a heading
    /// specifications are known to use or a short label with a colon on a line of its own, or words in capitals and a
    /// colon before the text ("CHARACTERISTICS OF THE JOB: Characteristics…"); not a class title with its code, a
    /// code, a date or "OR".
    /// </summary>
    private static string? HeadingAt(IReadOnlyList<TextBlock> blocks, int index)
    {
        var block = blocks[index];
        var line = Prose.Collapse(block.First);
        if (InlineHeading.Match(line) is { Success: true } inline && Prose.WordCount(inline.Groups["heading"].Value) is >= 2 and <= 10)
        {
            return inline.Groups["heading"].Value.Trim();
        }

        var bare = line.TrimEnd(':', ' ');
        if (block.Lines.Count != 1 || bare.Length < 4 || bare.EndsWith('.') || Prose.WordCount(bare) > 8 || block.First.Contains('\t', StringComparison.Ordinal)
            || Dates.TryFind(bare, out _, out _) || bare.Any(char.IsDigit) || bare is "NONE" || IsLabel(line) && !line.EndsWith(':'))
        {
            return null;
        }

        var nextIsCode = index + 1 < blocks.Count && blocks[index + 1].Lines.Count == 1 && Text.IsCode(blocks[index + 1].First.Trim()) && blocks[index + 1].First.Any(char.IsDigit);
        return !nextIsCode && (Prose.IsCaps(bare) || block.Lines[0].Strong || SectionReader.IsKnown(bare) || (line.EndsWith(':') && Prose.WordCount(bare) <= 5)) ? bare : null;
    }

    /// <summary>The layout file for <paramref name="reader"/>, with comments for whoever edits it; <paramref name="trial"/> is what importing the document with it gave.</summary>
    private static string Write(Findings found, string reader, string document, ImportResult? trial)
    {
        var name = found.Employer ?? "Employer";
        var folder = Text.Slug(name);
        var of = name.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        var key = of >= 0 && Text.Slug(name.Substring(of + 4)) is { Length: > 0 } place ? place : folder;
        var fields = LayoutFileFields.Readers[reader];
        var options = LayoutFileFields.ReaderOptions[reader];
        var yaml = new StringBuilder();
        yaml.Append("# A layout drafted by specsdk import --draft-layout from ").Append(document).Append(": check every line, then\n");
        yaml.Append("# import with it: specsdk import DOCUMENTS -o specs --layout THIS-FILE.yml (docs/import.md, \"Layout files\").\n");
        if (trial is not null)
        {
            var errors = trial.Diagnostics.Concat(trial.Validation).Count(d => d.Severity == SpecSeverity.Error);
            var warnings = trial.Diagnostics.Concat(trial.Validation).Count(d => d.Severity != SpecSeverity.Error);
            yaml.Append("# With it, this document imports to ").Append(Text.Count(trial.Files.Count, "spec file", "spec files")).Append(" with ")
                .Append(Text.Count(errors, "error", "errors")).Append(" and ").Append(Text.Count(warnings, "warning", "warnings")).Append(".\n");
        }

        yaml.Append("layout: ").Append(Scalar(folder)).Append('\n');
        yaml.Append("reads: ").Append(reader).Append('\n');
        yaml.Append("jurisdiction:\n");
        yaml.Append("  key: ").Append(Scalar(key)).Append(found.Employer is null ? "            # the document names no employer: give its key, name and folder\n" : "\n");
        yaml.Append("  name: ").Append(Scalar(name)).Append('\n');
        yaml.Append("  folder: ").Append(Scalar(folder)).Append('\n');
        if (found.DocumentTitle is not null)
        {
            yaml.Append("  document-title: ").Append(Scalar(found.DocumentTitle)).Append('\n');
        }

        if (found.Headings.Exists(h => h.Id == SectionIds.Duties))
        {
            yaml.Append("  required-sections: [").Append(SectionIds.Duties).Append(']').Append('\n');
        }

        yaml.Append("recognise:                # lines every document of the jurisdiction has; each adds its weight\n");
        foreach (var sign in found.Repeated.Concat(found.Signs).Distinct(StringComparer.Ordinal))
        {
            yaml.Append("  - line: ").Append(Scalar(sign)).Append("\n    weight: 3\n");
        }

        foreach (var prefix in found.Prefixes)
        {
            yaml.Append("  - starts-with: ").Append(Scalar(prefix.TrimEnd())).Append("\n    weight: 3\n");
        }

        foreach (var (heading, _, _) in found.Headings.Take(MaxHeadingSigns))
        {
            yaml.Append("  - line: ").Append(Scalar(heading)).Append("\n    weight: 2\n");
        }

        var used = found.Labels.Where(l => l.Field is not null && (fields.Contains(l.Field) || (l.Field == LayoutFileFields.ValidAsOf && fields.Contains(FieldNames.Date)))).ToList();
        if (used.Count > 0)
        {
            yaml.Append("fields:                   # the labels of the header, by the field each gives\n");
            foreach (var group in used.GroupBy(l => fields.Contains(l.Field!) ? l.Field! : FieldNames.Date))
            {
                yaml.Append("  ").Append(group.Key).Append(": [").Append(string.Join(", ", group.Select(l => Scalar(l.Label)))).Append("]\n");
            }
        }

        var unused = found.Labels.Except(used).Select(l => l.Label).ToList();
        if (unused.Count > 0)
        {
            yaml.Append("# Labels found that no field of ").Append(reader).Append(" takes: ").Append(string.Join(", ", unused)).Append(".\n");
        }

        if (options.Contains("headings"))
        {
            yaml.Append("headings:                 # every heading found and the section id it gets: map each onto a known id where one fits\n");
            foreach (var (heading, id, _) in found.Headings)
            {
                yaml.Append("  ").Append(Scalar(heading)).Append(": ").Append(Scalar(id)).Append('\n');
            }
        }

        if (options.Contains("series"))
        {
            // Headings every level repeats are the levels'; where some repeat, those that stand once are the series'.
            bool Has(string heading, string word) => SectionReader.HeadingKey(heading).Contains(word, StringComparison.Ordinal);
            var history = found.Headings.Where(h => Has(h.Heading, "HISTORY")).Select(h => h.Heading).ToList();
            var ratings = found.Headings.Where(h => Has(h.Heading, "RATING")).Select(h => h.Heading).ToList();
            var repeats = found.Headings.Exists(h => h.Count > 1);
            var sections = found.Headings.Where(h => repeats && h.Count == 1 && !history.Contains(h.Heading) && !ratings.Contains(h.Heading)).Select(h => h.Id).ToList();
            yaml.Append("series:                   # which sections are the series', and the headings of its history and ratings table\n");
            yaml.Append("  sections: [").Append(string.Join(", ", sections.Select(Scalar))).Append("]\n");
            yaml.Append("  history-headings: [").Append(string.Join(", ", history.Select(Scalar))).Append("]\n");
            yaml.Append("  ratings-headings: [").Append(string.Join(", ", ratings.Select(Scalar))).Append("]\n");
        }

        // A series is named by its own lines or its levels: a line naming the class a page is for is left out of it too.
        var skipped = found.Signs.Concat(found.Repeated).Select(l => "^" + Escape(l) + "$")
            .Concat(reader == SeriesLayout.Reader ? found.Prefixes.Select(p => "^" + Escape(p)) : Enumerable.Empty<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        if (skipped.Count > 0)
        {
            yaml.Append("skip-paragraphs:          # the employer's and the document's lines and the lines the document repeats, left out of the specs\n");
            foreach (var pattern in skipped)
            {
                yaml.Append("  - ").Append(Scalar(pattern)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    /// <summary>A pattern's text for <paramref name="line"/> as it is: its metacharacters escaped, its spaces as written.</summary>
    private static string Escape(string line)
    {
        var escaped = new StringBuilder();
        foreach (var c in line)
        {
            if (@"\*+?|{}()[]^$.#".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A YAML scalar: plain when it reads back as the same string, else in single quotes.</summary>
    private static string Scalar(string value)
    {
        var plain = Regex.IsMatch(value, @"^[A-Za-z][A-Za-z0-9 .,/()&'’-]*$", RegexOptions.CultureInvariant) && !value.EndsWith(' ')
            && !Regex.IsMatch(value, "^(?:y|n|yes|no|true|false|on|off|null)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        return plain ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
