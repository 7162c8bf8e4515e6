using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>
/// Documents that are a title, a few labelled fields ("Class Code: 1234"), then sections headed by a line in capitals
/// (some with a note in brackets after the heading) or a short label ending with a colon: bulleted duties,
/// knowledge and skills, closing text every document repeats. What is the jurisdiction's own (its name, the labels,
/// the headings' ids, the job group's wording, the repeated sections, how to recognise its documents) comes from
/// a <see cref="LayoutDefinition"/>, a layout file.
/// </summary>
internal sealed class HeadedSectionsLayout : DefinedLayout
{
    /// <summary>The name layout files give this reader in <c>reads</c>.</summary>
    public const string Reader = "headed-sections";

    /// <summary>The header fields this reader fills.</summary>
    public static readonly string[] Fields = new[] { FieldNames.Code }.Concat(LayoutFileFields.Dates).ToArray();

    /// <summary>How many lines a heading's note in brackets may wrap over.</summary>
    private const int MaxNoteLines = 4;

    private static readonly Regex NotedHeading = new(@"^(?<title>[A-Z][A-Z0-9 ,/&'’()-]{2,}?)\s+(?<note>\*?\(.+\)\*?)$", RegexOptions.CultureInvariant);

    public HeadedSectionsLayout(LayoutDefinition definition)
        : base(definition)
    {
    }

    public override LayoutResult Read(SourceText text, List<SpecDiagnostic> diagnostics)
    {
        var result = NewResult();
        var jurisdiction = result.Jurisdiction;
        var blocks = text.Blocks;
        var index = 0;
        string? title = null;
        string? code = null;
        var dates = new List<(string Key, Model.SpecDate Date)>();
        var early = new List<SourceLine>();
        var unread = new List<(SourceLine Line, string Value, string What)>();
        // A title set in bold is the title: a line in bold is a heading once the title is found.
        for (; index < blocks.Count && !IsHeading(blocks[index], out _, byFont: title is not null); index++)
        {
            if (Definition.Skips(blocks[index].Text))
            {
                continue;
            }

            foreach (var line in blocks[index].Lines)
            {
                var match = FieldLine?.Match(line.Text.Trim());
                if (match is { Success: true } && TryField(match.Groups["label"].Value, out var name))
                {
                    var value = match.Groups["value"].Value.Trim();
                    if (name == FieldNames.Code)
                    {
                        if (Text.IsCode(value))
                        {
                            code = value;
                        }
                        else
                        {
                            unread.Add((line, value, Prose.Collapse(match.Groups["label"].Value).ToLowerInvariant()));
                        }
                    }
                    else if (Dates.TryParse(value, out var date))
                    {
                        dates.Add((name, date));
                    }
                    else
                    {
                        unread.Add((line, value, "date"));
                    }
                }
                else if (title is null && Prose.WordCount(line.Text) <= 12 && !line.Text.TrimEnd().EndsWith('.'))
                {
                    title = Titles.Split(line.Text, out var titleCode);
                    code ??= titleCode;
                }
                else
                {
                    early.Add(line);
                }
            }
        }

        if (title is null)
        {
            diagnostics.Add(ImportDiagnostics.MissingTitle.Create(text.At(1), Name));
            return result;
        }

        var draft = new SpecDraft(jurisdiction.Folder + "/" + Text.Slug(title) + ".md", text.Path);
        draft.Set("kind", "class");
        draft.Set("jurisdiction", jurisdiction.Key);
        draft.Set("title", title);
        draft.Set("code", code);
        foreach (var (key, date) in dates)
        {
            draft.Set(key, new YamlPlain(date.ToString()));
        }

        foreach (var (line, value, what) in unread)
        {
            SectionReader.Unreadable(text, draft, line, value, what, diagnostics);
        }

        foreach (var line in early)
        {
            SectionReader.Unplaced(text, draft, new TextBlock(new[] { line }), diagnostics);
        }

        ReadSections(text, index, draft, result, diagnostics);
        if (Definition.JobGroup is { } rule && draft.Section(rule.Section) is { } named && rule.Find(named.Content()) is { } group)
        {
            jurisdiction.JobGroups.Add(group);
            var at = draft.Fields.FindIndex(f => f.Key == "title");
            draft.Fields.Insert(at + 1 + (code is null ? 0 : 1), new KeyValuePair<string, YamlDraft>("job-group", new YamlString(group.Key!)));
        }

        SectionReader.Finish(draft);
        result.Specs.Add(draft);
        return result;
    }

    private void ReadSections(SourceText text, int index, SpecDraft draft, LayoutResult result, List<SpecDiagnostic> diagnostics)
    {
        SectionDraft? section = null;
        SectionDraft? target = null;
        for (; index < text.Blocks.Count; index++)
        {
            var block = text.Blocks[index];
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
                if (section?.Id == SectionIds.MinimumQualifications && SectionReader.IsQualificationPart(heading.Title))
                {
                    target = new SectionDraft(Text.Slug(title), title, heading.Line);
                    section.Subsections.Add(target);
                }
                else
                {
                    section = target = new SectionDraft(id, title, heading.Line);
                    if (Definition.Boilerplate.Contains(id))
                    {
                        result.Boilerplate.Add(new Boilerplate(target, draft, text.At(target.Line)));
                    }
                    else
                    {
                        draft.Sections.Add(target);
                    }
                }

                target.AddParagraph(heading.Lead, heading.Line);
                SectionReader.AddLines(target, block.Lines.Skip(heading.Lines).ToList());
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

    /// <summary>
    /// A line in capitals, perhaps with a note in brackets after it (the note may wrap onto the next lines, as a PDF
    /// wraps it), or a short label ending with a colon; the lines after it in its block, if any, are list items.
    /// </summary>
    private bool IsHeading(TextBlock block, out Heading heading, bool byFont = true)
    {
        heading = new Heading(string.Empty, string.Empty, block.Number);
        for (var lines = 1; lines <= Math.Min(block.Lines.Count, MaxNoteLines); lines++)
        {
            var noted = NotedHeading.Match(Prose.Join(block.Lines.Take(lines).ToList()).Trim());
            if (noted.Success && Prose.IsCaps(noted.Groups["title"].Value) && Prose.WordCount(noted.Groups["title"].Value) >= 2
                && (lines == block.Lines.Count || SectionReader.IsBullet(block.Lines[lines].Text)))
            {
                heading = new Heading(noted.Groups["title"].Value, noted.Groups["note"].Value, block.Number, lines);
                return true;
            }
        }

        if (block.Lines.Count > 1 && !SectionReader.IsBullet(block.Lines[1].Text))
        {
            return false;
        }

        var line = block.First.Trim();

        var bare = line.TrimEnd(':').Trim();
        var letters = 0;
        foreach (var c in bare)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        var caps = Prose.IsCaps(bare) && letters >= 4 && Prose.WordCount(bare) <= 10 && !bare.EndsWith('.') && bare != "NONE";
        var label = line.EndsWith(':') && Prose.WordCount(bare) <= 4 && bare.IndexOfAny(new[] { '.', ',', ';' }) < 0 && bare.Length > 0 && char.IsUpper(bare[0]);
        var bold = byFont && block.Lines.Count == 1 && block.Lines[0].Strong && letters >= 4 && Prose.WordCount(bare) <= 10 && !bare.EndsWith('.');
        if (!caps && !label && !bold && !SectionReader.IsKnown(bare) && !Definition.Headings.ContainsKey(SectionReader.HeadingKey(bare)))
        {
            return false;
        }

        heading = new Heading(bare, string.Empty, block.Number);
        return true;
    }

}
