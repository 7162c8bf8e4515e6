using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// A class series description: the series (title, date, code range, description), then each level (its title in
/// capitals with its code in brackets or alone on the next line, its concept of class, factors written "Decision
/// Making -- text" or, rated where they stand, "Decision Making (Defined) -- text"), then the series' sections, its
/// dated history and a table of factor ratings per level. Becomes a series file and one class file per level. A
/// document that does not print the series' title is named after its levels ("Customer Support Coordinator" for
/// "Customer Support Coordinator I" to "III"). What is the jurisdiction's own (its name, which sections are the series', the headings of
/// the history and the ratings, the job group's wording, paragraphs to skip, how to recognise its documents) comes
/// from a <see cref="LayoutDefinition"/>, a layout file.
/// </summary>
internal sealed class SeriesLayout : DefinedLayout
{
    /// <summary>The name layout files give this reader in <c>reads</c>.</summary>
    public const string Reader = "series-of-levels";

    /// <summary>The header fields this reader fills: the series' date, when the document labels it ("Valid as of: 07/01/2015").</summary>
    public static readonly string[] Fields = { FieldNames.Date };

    private static readonly Regex CodeRange = new(@"^(?<from>[A-Z0-9]{3,12})\s+(?:TO|THROUGH|THRU|-|–)\s+(?<to>[A-Z0-9]{3,12})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex LevelCode = new(@"^[A-Z0-9]{3,12}$", RegexOptions.CultureInvariant);
    private static readonly Regex Factor = new(@"^(?<name>[A-Z][A-Za-z/&' ]{2,60}?)\s*(?:\((?<rating>[^()]{1,60})\)\s*)?--\s*(?<text>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex LevelNumeral = new(@"\s+(?:[IVX]+|\d{1,2})$", RegexOptions.CultureInvariant);
    private static readonly Regex Cells = new(@"\t+|\s{2,}", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> NotHeadings = new(StringComparer.Ordinal) { "OR", "AND", "NONE", "N/A" };

    public SeriesLayout(LayoutDefinition definition)
        : base(definition)
    {
    }

    public override LayoutResult Read(SourceText text, List<SpecDiagnostic> diagnostics)
    {
        var result = NewResult();
        var jurisdiction = result.Jurisdiction;
        var series = new SpecDraft(string.Empty, text.Path);
        var blocks = text.Blocks;
        var index = 0;
        string? title = null;
        Model.SpecDate? date = null;
        Match? range = null;
        var rangeLine = 1;
        var early = new List<TextBlock>();
        for (; index < blocks.Count && Level(blocks, index) is null; index++)
        {
            var value = blocks[index].Text;
            if (Definition.Skips(value))
            {
                continue;
            }

            if (date is null && (Dates.TryParse(value, out var parsed) || Labelled(value, out parsed)))
            {
                date = parsed;
            }
            else if (range is null && CodeRange.Match(value) is { Success: true } match)
            {
                range = match;
                rangeLine = blocks[index].Number;
            }
            else if (title is null && Prose.IsCaps(value) && blocks[index].Lines.Count == 1 && SectionReader.Id(value) != "description")
            {
                title = value;
            }
            else if (IsHeading(blocks[index]))
            {
                break;
            }
            else
            {
                early.Add(blocks[index]);
            }
        }

        var seriesTitle = title is null ? TitleOfLevels(blocks, index) : Titles.Split(title, out _);
        if (seriesTitle is null)
        {
            diagnostics.Add(ImportDiagnostics.MissingTitle.Create(text.At(1), Name));
            return result;
        }

        var seriesKey = Text.Slug(seriesTitle);
        var folder = jurisdiction.Folder + "/" + seriesKey + "/";
        series.Path = folder + "series.md";
        foreach (var block in early)
        {
            SectionReader.Unplaced(text, series, block, diagnostics);
        }

        var levels = new List<SpecDraft>();
        var history = new List<YamlDraft>();
        var table = new List<TextBlock>();
        SpecDraft owner = series;
        SectionDraft? section = null;
        SectionDraft? target = null;
        var mode = Mode.Text;
        for (; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (Definition.Skips(block.Text))
            {
                continue;
            }

            if (Level(blocks, index) is { } level)
            {
                owner = new SpecDraft(folder + Text.Slug(level.Title) + ".md", text.Path);
                owner.Set("kind", "class");
                owner.Set("jurisdiction", jurisdiction.Key);
                owner.Set("title", level.Title);
                owner.Set(FieldNames.Code, level.Code);
                owner.Set(FieldNames.Series, seriesKey);
                owner.Set(FieldNames.Level, new YamlPlain((levels.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                levels.Add(owner);
                index += level.Blocks - 1;
                section = target = null;
                mode = Mode.Text;
                continue;
            }

            if (IsHeading(block))
            {
                var heading = block.Text.TrimEnd(':', ' ');
                var id = SectionId(heading);
                if (Definition.Series.HistoryHeadings.Contains(SectionReader.HeadingKey(heading)))
                {
                    mode = Mode.History;
                    owner = series;
                    continue;
                }

                if (Definition.Series.RatingsHeadings.Contains(SectionReader.HeadingKey(heading)))
                {
                    mode = Mode.Table;
                    owner = series;
                    continue;
                }

                if (Definition.Series.Sections.Contains(id) || levels.Count == 0)
                {
                    owner = series;
                }

                mode = Mode.Text;
                section = target = new SectionDraft(id, SectionReader.Title(heading), block.Number);
                owner.Sections.Add(section);
                continue;
            }

            switch (mode)
            {
                case Mode.History:
                    History(text, series, block, history, diagnostics);
                    continue;
                case Mode.Table:
                    table.Add(block);
                    continue;
            }

            var factor = Factor.Match(block.First);
            if (section?.Id == SectionIds.Factors && factor.Success && owner != series)
            {
                target = new SectionDraft(Text.Slug(factor.Groups["name"].Value), factor.Groups["name"].Value.Trim(), block.Number);
                section.Subsections.Add(target);
                var rest = new List<SourceLine> { new(block.Number, factor.Groups["text"].Value) };
                for (var i = 1; i < block.Lines.Count; i++)
                {
                    rest.Add(block.Lines[i]);
                }

                var said = Prose.Join(rest);
                if (factor.Groups["rating"].Success)
                {
                    Rate(owner, target.Id, Prose.Collapse(factor.Groups["rating"].Value));
                    SectionReader.AddLines(target, rest);
                }
                else if (Prose.WordCount(said) <= 4 && said.EndsWith('.') && !said.Contains(", ", StringComparison.Ordinal))
                {
                    Rate(owner, target.Id, said.TrimEnd('.'));
                }
                else
                {
                    SectionReader.AddLines(target, rest);
                }

                continue;
            }

            if (target is null)
            {
                SectionReader.Unplaced(text, owner, block, diagnostics);
                continue;
            }

            SectionReader.AddBlock(target, block);
        }

        Ratings(text, table, levels, series, diagnostics);
        var factors = FactorNames(table, levels);
        series.Fields.InsertRange(0, Head(seriesKey, jurisdiction, seriesTitle, date, factors, history));
        JobGroup(series, jurisdiction, Definition.JobGroup);
        CheckRange(text, range, rangeLine, levels, series, diagnostics);
        var rated = levels.Exists(l => l.Fields.Exists(f => f.Key == "factor-ratings"));
        foreach (var level in levels)
        {
            OrderRatings(level, factors, rated);
            SectionReader.Finish(level);
        }

        SectionReader.Finish(series);
        result.Specs.Add(series);
        result.Specs.AddRange(levels);
        return result;
    }

    private enum Mode
    {
        Text,
        History,
        Table,
    }

    private static List<KeyValuePair<string, YamlDraft>> Head(string key, JurisdictionInfo jurisdiction, string title, Model.SpecDate? date, List<string> factors, List<YamlDraft> history)
    {
        var head = new SpecDraft(string.Empty, string.Empty);
        head.Set("kind", "series");
        head.Set("key", key);
        head.Set("jurisdiction", jurisdiction.Key);
        head.Set("title", title);
        if (date is { } known)
        {
            head.Set(FieldNames.Date, new YamlPlain(known.ToString()));
        }

        if (factors.Count > 0)
        {
            head.Set("factors", new YamlList(factors.ConvertAll<YamlDraft>(f => new YamlString(f))));
        }

        if (history.Count > 0)
        {
            head.Set("history", new YamlList(history));
        }

        return head.Fields;
    }

    /// <summary>The job group the layout's section names becomes the series' job group.</summary>
    private static void JobGroup(SpecDraft series, JurisdictionInfo jurisdiction, JobGroupRule? rule)
    {
        if (rule is null || series.Section(rule.Section) is not { } section || rule.Find(section.Content()) is not { } group)
        {
            return;
        }

        jurisdiction.JobGroups.Add(group);
        var at = series.Fields.FindIndex(f => f.Key == FieldNames.Date);
        var entry = new KeyValuePair<string, YamlDraft>("job-group", new YamlString(group.Key!));
        series.Fields.Insert(at < 0 ? series.Fields.FindIndex(f => f.Key == "title") + 1 : at + 1, entry);
    }

    private static bool IsHeading(TextBlock block)
    {
        if (block.Lines.Count != 1)
        {
            return false;
        }

        var value = block.First.Trim().TrimEnd(':');
        return value.Length >= 4 && (Prose.IsCaps(value) || SectionReader.IsKnown(value) || block.Lines[0].Strong) && !NotHeadings.Contains(value) && Prose.WordCount(value) <= 10
            && !(LevelCode.IsMatch(value) && HasDigit(value)) && !value.EndsWith('.');
    }

    /// <summary>Where a level starts: its title, its class code and how many blocks the two take.</summary>
    private sealed record LevelStart(string Title, string Code, int Blocks);

    /// <summary>
    /// The level starting at block <paramref name="index"/>, or null: its title in capitals on one line, with its class
    /// code in brackets after it ("CUSTOMER SUPPORT INTERN (G2C1IX)") or alone on the next line.
    /// </summary>
    private static LevelStart? Level(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (index >= blocks.Count || blocks[index].Lines.Count != 1 || !Prose.IsCaps(blocks[index].First) || NotHeadings.Contains(blocks[index].First.Trim()))
        {
            return null;
        }

        var title = Titles.Split(blocks[index].First, out var code);
        if (code is not null)
        {
            return HasDigit(code) ? new LevelStart(title, code, 1) : null;
        }

        var next = index + 1 < blocks.Count && blocks[index + 1].Lines.Count == 1 ? blocks[index + 1].First.Trim() : string.Empty;
        return LevelCode.IsMatch(next) && HasDigit(next) ? new LevelStart(title, next, 2) : null;
    }

    /// <summary>The title most of the levels from block <paramref name="index"/> on share without their numeral, the first of the most; null when there are no levels.</summary>
    private static string? TitleOfLevels(IReadOnlyList<TextBlock> blocks, int index)
    {
        var titles = new List<string>();
        for (; index < blocks.Count; index++)
        {
            if (Level(blocks, index) is { } level)
            {
                titles.Add(LevelNumeral.Replace(level.Title, string.Empty));
            }
        }

        return titles.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>True when <paramref name="value"/> is the layout's label of the series' date and a date ("Valid as of: 07/01/2015").</summary>
    private bool Labelled(string value, out Model.SpecDate date)
    {
        date = default;
        return FieldLine?.Match(Prose.Collapse(value)) is { Success: true } match && TryField(match.Groups["label"].Value, out var field)
            && field == FieldNames.Date && Dates.TryParse(match.Groups["value"].Value, out date);
    }

    private static bool HasDigit(string value)
    {
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One entry a dated line; a line without a date goes on the entry before it when that one stops without a full
    /// stop (a long entry wrapped onto the next line), and is unreadable otherwise.
    /// </summary>
    private static void History(SourceText text, SpecDraft series, TextBlock block, List<YamlDraft> history, List<SpecDiagnostic> diagnostics)
    {
        var entries = new List<(Model.SpecDate Date, string Text)>();
        foreach (var line in block.Lines)
        {
            var value = Prose.Collapse(line.Text);
            if (!Dates.TryFind(value, out var date, out var match))
            {
                if (entries.Count > 0 && !".!?".Contains(entries[^1].Text[^1], StringComparison.Ordinal))
                {
                    entries[^1] = (entries[^1].Date, entries[^1].Text + " " + value);
                }
                else
                {
                    SectionReader.Unreadable(text, series, line, value, "dated history entry", diagnostics);
                }

                continue;
            }

            if (match.Index == 0)
            {
                // "2015-06-30: Updated ..." – the date is the entry's date field; the text is what follows it.
                value = value.Substring(match.Length).TrimStart(' ', ':', '-', '–', '.', ',');
            }

            entries.Add((date, value.Length > 0 ? value : match.Value));
        }

        history.AddRange(entries.Select(e => (YamlDraft)new YamlMap(("date", new YamlPlain(e.Date.ToString())), ("text", new YamlString(e.Text)))));
    }

    private static void Rate(SpecDraft level, string factor, string rating)
    {
        var ratings = level.Fields.Find(f => f.Key == "factor-ratings").Value as YamlMap;
        var entries = ratings is null ? new List<KeyValuePair<string, YamlDraft>>() : new List<KeyValuePair<string, YamlDraft>>(ratings.Entries);
        entries.RemoveAll(e => e.Key == factor);
        entries.Add(new(factor, new YamlString(rating)));
        level.Set("factor-ratings", new YamlMap(entries));
    }

    /// <summary>"Class Level | factor | factor…" then a row per level, by its title or its abbreviated title.</summary>
    private static void Ratings(SourceText text, List<TextBlock> table, List<SpecDraft> levels, SpecDraft series, List<SpecDiagnostic> diagnostics)
    {
        string[]? header = null;
        foreach (var block in table)
        {
            foreach (var line in block.Lines)
            {
                var cells = Cells.Split(line.Text.Trim());
                if (header is null)
                {
                    header = cells;
                    if (cells.Length < 2)
                    {
                        SectionReader.Unreadable(text, series, line, line.Text.Trim(), "table header (columns separated by tabs)", diagnostics);
                        header = null;
                    }

                    continue;
                }

                var level = cells.Length == header.Length ? levels.Find(l => SameTitle(cells[0], Title(l))) : null;
                if (level is null)
                {
                    SectionReader.Unreadable(text, series, line, line.Text.Trim(), "row of the factor table for a level of this series", diagnostics);
                    continue;
                }

                if (cells[0] != Title(level))
                {
                    var at = level.Fields.FindIndex(f => f.Key == "title");
                    level.Fields.Insert(at + 1, new KeyValuePair<string, YamlDraft>("short-title", new YamlString(cells[0])));
                }

                for (var i = 1; i < cells.Length; i++)
                {
                    Rate(level, Text.Slug(header[i]), cells[i]);
                }
            }
        }
    }

    private static List<string> FactorNames(List<TextBlock> table, List<SpecDraft> levels)
    {
        var names = new List<string>();
        if (table.Count > 0)
        {
            var cells = Cells.Split(table[0].First.Trim());
            for (var i = 1; i < cells.Length; i++)
            {
                names.Add(cells[i]);
            }
        }

        foreach (var level in levels)
        {
            foreach (var factor in level.Section(SectionIds.Factors)?.Subsections ?? new List<SectionDraft>())
            {
                if (!names.Exists(n => Text.Slug(n) == factor.Id))
                {
                    names.Add(factor.Title);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Ratings in the series' factor order, where the reader expects them. When the other levels are rated, a level
    /// without factors of its own (an intern, whom they do not apply to) is rated as not applying on each.
    /// </summary>
    private static void OrderRatings(SpecDraft level, List<string> factors, bool rated)
    {
        if (level.Fields.Find(f => f.Key == "factor-ratings").Value is not YamlMap ratings)
        {
            if (rated && level.Section(SectionIds.Factors) is null)
            {
                level.Set("factor-ratings", new YamlMap(factors.ConvertAll(f => new KeyValuePair<string, YamlDraft>(Text.Slug(f), new YamlPlain(Model.FactorRating.NotApplicable)))));
            }

            return;
        }

        var ordered = new List<KeyValuePair<string, YamlDraft>>();
        foreach (var name in factors)
        {
            ordered.AddRange(ratings.Entries.Where(e => e.Key == Text.Slug(name)));
        }

        foreach (var entry in ratings.Entries)
        {
            if (!ordered.Contains(entry))
            {
                ordered.Add(entry);
            }
        }

        level.Fields.RemoveAll(f => f.Key == "factor-ratings");
        level.Set("factor-ratings", new YamlMap(ordered));
    }

    private static string Title(SpecDraft draft) => ((YamlString)draft.Fields.Find(f => f.Key == "title").Value).Value;

    /// <summary>"Customer Support Coord II" names "Customer Support Coordinator II": each word a prefix of the title's.</summary>
    private static bool SameTitle(string cell, string title)
    {
        var a = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var word = a[i].TrimEnd('.');
            if (word.Length == 0 || !b[i].StartsWith(word, StringComparison.OrdinalIgnoreCase) || (word.Length < b[i].Length && IsRoman(b[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoman(string word) => Regex.IsMatch(word, "^[IVX]+$", RegexOptions.CultureInvariant);

    /// <summary>The range under the series title ("G2C1IX TO G2C4XX") should run from the first level's code to the last's.</summary>
    private static void CheckRange(SourceText text, Match? range, int rangeLine, List<SpecDraft> levels, SpecDraft series, List<SpecDiagnostic> diagnostics)
    {
        if (range is null)
        {
            return;
        }

        var first = levels.Count > 0 ? Code(levels[0]) : null;
        var last = levels.Count > 0 ? Code(levels[^1]) : null;
        if (range.Groups["from"].Value != first || range.Groups["to"].Value != last)
        {
            var line = new SourceLine(rangeLine, range.Value);
            SectionReader.Unreadable(text, series, line, range.Value, "range from the first level's code to the last's", diagnostics);
        }
    }

    private static string? Code(SpecDraft draft) => (draft.Fields.Find(f => f.Key == "code").Value as YamlString)?.Value;
}
