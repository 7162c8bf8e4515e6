using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Import.Layouts;

/// <summary>A heading found at the start of a block: its title as written, the text after it on the same block, its line, and how many of the block's lines it takes.</summary>
internal sealed record Heading(string Title, string Lead, int Line, int Lines = 1);

/// <summary>
/// Reads the sections of a document: the layout says what a heading is, this class builds sections and subsections,
/// lists (any bullet marker), paragraphs, and keeps what it cannot place.
/// </summary>
internal static class SectionReader
{
    public const string UnplacedId = "unplaced-text";

    private static readonly Regex Bullet = new(@"^\s*(?:[-*•●▪◦·‣–—o]|\d{1,3}[.)]|\(?[a-z]\)|\(\d{1,3}\))\s+(?<text>\S.*)$", RegexOptions.CultureInvariant);

    /// <summary>The section id the handbook and the model know a heading by, e.g. "EXAMPLES OF ESSENTIAL DUTIES" → duties.</summary>
    public static string Id(string title) => Known(title) ?? Fallback(title);

    /// <summary>True when <paramref name="title"/>, in any case, is a heading specifications are known to use.</summary>
    public static bool IsKnown(string title) => Known(title) is not null;

    /// <summary>A heading as headings are compared: its words in capitals, without a colon.</summary>
    public static string HeadingKey(string heading) => Prose.Collapse(heading).ToUpperInvariant().TrimEnd(':', ' ');

    private static string? Known(string title)
    {
        var upper = HeadingKey(title);
        if (Prose.WordCount(upper) > 12 || upper.EndsWith('.'))
        {
            return null;
        }

        if (upper.StartsWith("EXAMPLES OF", StringComparison.Ordinal) && (upper.Contains("DUTIES", StringComparison.Ordinal) || upper.Contains("WORK", StringComparison.Ordinal)))
        {
            return SectionIds.Duties;
        }

        if (upper.Contains("POSITION SPECIFIC", StringComparison.Ordinal))
        {
            return "position-specific-responsibilities";
        }

        return upper switch
        {
            "CHARACTERISTICS OF THE JOB" or "CHARACTERISTICS OF THE CLASS" or "CHARACTERISTICS" => SectionIds.Characteristics,
            "MINIMUM REQUIREMENTS" or "MINIMUM QUALIFICATIONS" or "MINIMUM QUALIFICATIONS AND REQUIREMENTS" => SectionIds.MinimumQualifications,
            "TYPICAL WORKING CONDITIONS" or "WORKING CONDITIONS" => "working-conditions",
            "CLASS SUMMARY" or "SUMMARY" => "summary",
            "CONCEPT OF CLASS" or "CLASS CONCEPT" => SectionIds.Concept,
            "DESCRIPTION OF OCCUPATIONAL WORK" => SectionIds.Description,
            "LICENSING AND CERTIFICATIONS" or "LICENSING AND CERTIFICATION" or "LICENSES AND CERTIFICATIONS" or "LICENSURE" => "licensing",
            "KNOWLEDGE OF" or "KNOWLEDGE" => "knowledge",
            "SKILL IN" or "SKILLS IN" or "SKILLS" => "skills",
            "ABILITY TO" or "ABILITIES" => "abilities",
            "JOB FAMILY DEFINITION" or "DISTINGUISHING CHARACTERISTICS" or "PLEASE NOTE" or "ENTRANCE REQUIREMENTS" or "FACTORS"
                or "PROBATIONARY PERIOD" or "UNIQUE PHYSICAL REQUIREMENTS" or "ADDITIONAL REQUIREMENTS" or "CLASS SERIES HISTORY"
                or "SUMMARY OF FACTOR RATINGS" or "EDUCATION AND EXPERIENCE" or "EDUCATION" or "EXPERIENCE" => Fallback(title),
            _ when upper.StartsWith("SPECIAL REQUIREMENTS", StringComparison.Ordinal) => "special-requirements",
            _ when upper.StartsWith("WORKING CONDITIONS", StringComparison.Ordinal) => "working-conditions",
            _ when upper.StartsWith("SUBSTITUTE ", StringComparison.Ordinal) => Fallback(title),
            _ => null,
        };
    }

    /// <summary>True for the headings a minimum-qualifications section holds as subsections.</summary>
    public static bool IsQualificationPart(string title)
    {
        var upper = HeadingKey(title);
        return upper.StartsWith("EDUCATION", StringComparison.Ordinal) || upper.StartsWith("EXPERIENCE", StringComparison.Ordinal)
            || upper.StartsWith("SUBSTITUTE", StringComparison.Ordinal) || upper.StartsWith("SUBSTITUTION", StringComparison.Ordinal)
            || upper == "TRAINING" || upper.StartsWith("OTHER REQUIREMENTS", StringComparison.Ordinal);
    }

    /// <summary>A heading's title as the spec writes it: capitals in title case, mixed case as written, no colon.</summary>
    public static string Title(string raw)
    {
        var title = Prose.Collapse(raw).TrimEnd(':', ' ');
        if (Prose.IsCaps(title))
        {
            return Prose.TitleCase(title);
        }

        // "Substitute EDUCATION for EXPERIENCE", "Please note": capitals inside mixed case are emphasis, not acronyms.
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length > 4 && Prose.IsCaps(word))
            {
                words[i] = Prose.TitleCase(word);
            }
            else if (word.Length > 0 && char.IsLower(word[0]) && (i == 0 || i == words.Length - 1 || !Prose.IsSmallWord(word)))
            {
                words[i] = char.ToUpperInvariant(word[0]) + word.Substring(1);
            }
        }

        return string.Join(" ", words);
    }

    public static bool IsBullet(string line) => Bullet.IsMatch(line);

    /// <summary>Adds a block's text to <paramref name="section"/>: list items by marker, else one paragraph.</summary>
    public static void AddBlock(SectionDraft section, TextBlock block) => AddLines(section, block.Lines);

    public static void AddLines(SectionDraft section, IReadOnlyList<SourceLine> lines)
    {
        var paragraph = new List<SourceLine>();
        var inItem = false;
        foreach (var line in lines)
        {
            var bullet = Bullet.Match(line.Text);
            if (bullet.Success)
            {
                Flush(section, paragraph);
                section.AddItem(Prose.Collapse(bullet.Groups["text"].Value), line.Number);
                inItem = true;
            }
            else if (inItem && section.Blocks.Count > 0 && section.Blocks[^1] is ListDraft list)
            {
                list.Items[^1] = list.Items[^1] + " " + Prose.Collapse(line.Text);
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush(section, paragraph);
    }

    private static void Flush(SectionDraft section, List<SourceLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = Prose.Join(lines);
        section.AddParagraph(text == "NONE" ? "None." : text, lines[0].Number);
        lines.Clear();
    }

    /// <summary>Duties written as prose become a list, one duty per sentence, as the handbook lists them.</summary>
    public static void DutiesAsList(SpecDraft draft)
    {
        var duties = draft.Section(SectionIds.Duties);
        if (duties is null || duties.Blocks.Exists(b => b is ListDraft))
        {
            return;
        }

        var blocks = new List<BlockDraft>(duties.Blocks);
        duties.Blocks.Clear();
        foreach (var block in blocks)
        {
            foreach (var sentence in Prose.Sentences(((ParagraphDraft)block).Text))
            {
                duties.AddItem(sentence, block.Line);
            }
        }
    }

    /// <summary>Keeps <paramref name="block"/> in the draft's "Unplaced Text" section and warns at its line.</summary>
    public static void Unplaced(SourceText text, SpecDraft draft, TextBlock block, List<SpecDiagnostic> diagnostics)
    {
        UnplacedSection(draft).Blocks.Add(new ParagraphDraft(block.Text, block.Number));
        diagnostics.Add(ImportDiagnostics.Unplaced.Create(text.At(block.Lines[0]), draft.Path));
    }

    /// <summary>Keeps a value the layout could not read, warning at its line.</summary>
    public static void Unreadable(SourceText text, SpecDraft draft, SourceLine line, string value, string what, List<SpecDiagnostic> diagnostics)
    {
        UnplacedSection(draft).Blocks.Add(new ParagraphDraft(Prose.Collapse(line.Text), line.Number));
        diagnostics.Add(ImportDiagnostics.UnreadableValue.Create(text.At(line), value, what, draft.Path));
    }

    private static SectionDraft UnplacedSection(SpecDraft draft)
    {
        var section = draft.Section(UnplacedId);
        if (section is null)
        {
            section = new SectionDraft(UnplacedId, "Unplaced Text", 0);
            draft.Sections.Add(section);
        }

        return section;
    }

    /// <summary>
    /// Moves "Unplaced Text" to the end, after every section found later, and gives a heading the document repeats an
    /// id of its own ("concept-2"), so that what is written reads without SPEC014.
    /// </summary>
    public static void Finish(SpecDraft draft)
    {
        var unplaced = draft.Section(UnplacedId);
        if (unplaced is not null)
        {
            draft.Sections.Remove(unplaced);
            draft.Sections.Add(unplaced);
        }

        DistinctIds(draft.Sections);
        DutiesAsList(draft);
    }

    private static void DistinctIds(List<SectionDraft> siblings)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in siblings)
        {
            section.Id = Text.Unique(section.Id, taken.Add);
            DistinctIds(section.Subsections);
        }
    }

    private static string Fallback(string title)
    {
        var slug = Text.Slug(title);
        return slug.Length == 0 ? "section" : slug.Length > 60 ? slug.Substring(0, 60).TrimEnd('-') : slug;
    }
}
