using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SpecSdk.Specs;

namespace SpecSdk.Import.Tests;

/// <summary>The writer's output reads back as the same values, whatever the text: quoting and wrapping never change meaning.</summary>
public class SpecWriterTests
{
    private const string Hostile = "-:#*&!|>'\"%@`,?[]{}\\ \t<>=+0123456789abcXYZ.()/é’";

    private static readonly Gen<string> Line = Gen.String[Gen.Char[Hostile], 1, 60]
        .Select(s => Prose.Collapse(s.Replace('\t', ' ')))
        .Where(s => s.Length > 0);

    [Fact]
    public void Any_title_reads_back_as_written()
    {
        Line.Sample(
            title =>
            {
                var draft = new SpecDraft("x/a.md", "in.txt");
                draft.Set("kind", "class");
                draft.Set("jurisdiction", "ky");
                draft.Set("title", title);
                var file = SpecReader.Read("a.md", SpecWriter.Write(draft));
                Assert.Equal(title, ((ClassDocument)file.Document!).Class.Title);
            },
            iter: 3000);
    }

    [Fact]
    public void Wrapped_paragraphs_and_items_keep_their_words_and_their_blocks()
    {
        Gen.Select(Line.Array[1, 40], Line.Array[0, 6]).Sample(
            (words, items) =>
            {
                var paragraph = string.Join(" ", words);
                var section = new SectionDraft("text", "Text", 1);
                section.AddParagraph(paragraph, 1);
                foreach (var item in items)
                {
                    section.AddItem(item, 2);
                }

                var draft = new SpecDraft("x/a.md", "in.txt");
                draft.Set("kind", "class");
                draft.Set("jurisdiction", "ky");
                draft.Set("title", "A");
                draft.Sections.Add(section);
                var text = SpecWriter.Write(draft);
                var markdown = Markdig.Markdown.Parse(text.Substring(text.IndexOf("## ", System.StringComparison.Ordinal)));
                var blocks = markdown.Skip(1).ToList();
                Assert.IsType<Markdig.Syntax.ParagraphBlock>(blocks[0]);
                Assert.Equal(items.Length == 0 ? 1 : 2, blocks.Count);
                if (items.Length > 0)
                {
                    Assert.Equal(items.Length, Assert.IsType<Markdig.Syntax.ListBlock>(blocks[1]).Count);
                }
            },
            iter: 2000);
    }

    [Fact]
    public void Text_that_looks_like_a_link_reference_definition_is_still_shown()
    {
        var section = new SectionDraft("text", "Text", 1);
        section.AddParagraph("[Note]: online.", 1);
        section.AddItem("[A]: certificate \"required\"", 2);
        var draft = new SpecDraft("x/a.md", "in.txt");
        draft.Set("kind", "class");
        draft.Set("jurisdiction", "ky");
        draft.Set("title", "A");
        draft.Sections.Add(section);

        var html = Markdig.Markdown.ToHtml(SpecWriter.Write(draft).Split("---\n", 3)[2]);

        Assert.Contains("<p>[Note]: online.</p>", html, System.StringComparison.Ordinal);
        Assert.Contains("<li>[A]: certificate &quot;required&quot;</li>", html, System.StringComparison.Ordinal);
    }
}
