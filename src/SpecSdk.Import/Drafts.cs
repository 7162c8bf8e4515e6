using System.Collections.Generic;
using System.Linq;

namespace SpecSdk.Import;

/// <summary>A value of front matter: text, a date or number written as is, a list or a mapping.</summary>
internal abstract record YamlDraft;

/// <summary>Text, quoted when YAML would read it as anything but that text.</summary>
internal sealed record YamlString(string Value) : YamlDraft;

/// <summary>A value written exactly as given: a date (1993-07-01), an integer or an amount.</summary>
internal sealed record YamlPlain(string Value) : YamlDraft;

internal sealed record YamlList(IReadOnlyList<YamlDraft> Items) : YamlDraft
{
    public bool Equals(YamlList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

/// <summary>A mapping; <see cref="Flow"/> writes it on one line, as salary ranges are.</summary>
internal sealed record YamlMap(IReadOnlyList<KeyValuePair<string, YamlDraft>> Entries, bool Flow = false) : YamlDraft
{
    public YamlMap(params (string Key, YamlDraft Value)[] entries)
        : this(ToPairs(entries))
    {
    }

    /// <summary>Equal when the entries are, in order: two documents' salary figures compare by value.</summary>
    public bool Equals(YamlMap? other) => other is not null && Flow == other.Flow && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Count;

    private static List<KeyValuePair<string, YamlDraft>> ToPairs((string Key, YamlDraft Value)[] entries)
    {
        var pairs = new List<KeyValuePair<string, YamlDraft>>();
        foreach (var (key, value) in entries)
        {
            pairs.Add(new KeyValuePair<string, YamlDraft>(key, value));
        }

        return pairs;
    }
}

/// <summary>A block of a section: a paragraph (one line of Markdown text) or a list of items.</summary>
internal abstract record BlockDraft(int Line);

internal sealed record ParagraphDraft(string Text, int Line) : BlockDraft(Line);

internal sealed record ListDraft(List<string> Items, int Line) : BlockDraft(Line);

/// <summary>A "##" section (or "###" subsection) being assembled.</summary>
internal sealed class SectionDraft
{
    public SectionDraft(string id, string title, int line)
    {
        Id = id;
        Title = title;
        Line = line;
    }

    public string Id { get; set; }

    public string Title { get; }

    /// <summary>The input line of the heading.</summary>
    public int Line { get; }

    public List<BlockDraft> Blocks { get; } = new();

    public List<SectionDraft> Subsections { get; } = new();

    public void AddParagraph(string text, int line)
    {
        if (text.Length > 0)
        {
            Blocks.Add(new ParagraphDraft(text, line));
        }
    }

    public void AddItem(string text, int line)
    {
        if (Blocks.Count > 0 && Blocks[^1] is ListDraft list)
        {
            list.Items.Add(text);
        }
        else
        {
            Blocks.Add(new ListDraft(new List<string> { text }, line));
        }
    }

    /// <summary>The section's text, blocks and subsections, for comparing boilerplate between documents.</summary>
    public string Content()
    {
        var parts = new List<string>();
        foreach (var block in Blocks)
        {
            parts.Add(block is ParagraphDraft p ? p.Text : string.Join("\n", ((ListDraft)block).Items));
        }

        foreach (var subsection in Subsections)
        {
            parts.Add("### " + subsection.Title + "\n" + subsection.Content());
        }

        return string.Join("\n\n", parts);
    }
}

/// <summary>One spec file to write: its path in the output folder, front matter in order, and sections.</summary>
internal sealed class SpecDraft
{
    public SpecDraft(string path, string input)
    {
        Path = path;
        Input = input;
    }

    /// <summary>Relative to the output folder, with '/' separators.</summary>
    public string Path { get; set; }

    /// <summary>The input file it was made from (the first, for a jurisdiction several inputs share).</summary>
    public string Input { get; }

    public List<KeyValuePair<string, YamlDraft>> Fields { get; } = new();

    public List<SectionDraft> Sections { get; } = new();

    public void Set(string key, YamlDraft value)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                Fields[i] = new KeyValuePair<string, YamlDraft>(key, value);
                return;
            }
        }

        Fields.Add(new KeyValuePair<string, YamlDraft>(key, value));
    }

    public void Set(string key, string? value)
    {
        if (value is not null)
        {
            Set(key, new YamlString(value));
        }
    }

    public SectionDraft? Section(string id) => Sections.Find(s => s.Id == id);
}
