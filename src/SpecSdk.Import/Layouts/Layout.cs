using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Specs;

namespace SpecSdk.Import.Layouts;

/// <summary>A jurisdiction's way of laying out its specifications: how to recognise it and how to read it.</summary>
internal abstract class Layout
{
    /// <summary>The resource names of the layouts written as layout files, embedded in this assembly.</summary>
    private const string BuiltInPrefix = "layouts/";

    /// <summary>The resource extension of a built-in layout file.</summary>
    private const string BuiltInExtension = ".yml";

    private static readonly Lazy<IReadOnlyList<Layout>> BuiltInLayouts = new(() => BuiltIn().ToArray());

    /// <summary>Every built-in layout, in the order detection tries them; read when first asked for, not at start.</summary>
    public static IReadOnlyList<Layout> All => BuiltInLayouts.Value;

    /// <summary>
    /// The names of the built-in layouts, in the order of <see cref="All"/>, without reading them: each is named by its
    /// file, as its <c>layout</c> field says (<see cref="BuiltIn"/> checks that they agree). Every command's help
    /// lists them, so they cost no parse of the layouts.
    /// </summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = BuiltInResources().Select(NameOf).ToArray();

    /// <summary>The layout a layout file describes.</summary>
    public static Layout From(LayoutDefinition definition) => definition.Reads switch
    {
        HeadedSectionsLayout.Reader => new HeadedSectionsLayout(definition),
        LabelledFieldsLayout.Reader => new LabelledFieldsLayout(definition),
        SeriesLayout.Reader => new SeriesLayout(definition),
        _ => throw new ArgumentException($"No reader '{definition.Reads}'.", nameof(definition)),
    };

    /// <summary>The layouts shipped as layout files; one that does not read cleanly is a defect of this assembly.</summary>
    private static IEnumerable<Layout> BuiltIn()
    {
        var assembly = typeof(Layout).Assembly;
        foreach (var name in BuiltInResources())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var (definition, diagnostics) = LayoutFileReader.Read(name, bytes.ToArray(), bytes.Length);
            if (definition is null || diagnostics.Count > 0)
            {
                throw new InvalidOperationException($"The built-in layout {name} does not read cleanly: {string.Join("; ", diagnostics.Select(d => d.Message))}");
            }

            if (definition.Name != NameOf(name))
            {
                throw new InvalidOperationException($"The built-in layout {name} is named '{definition.Name}'; a built-in layout is named by its file.");
            }

            yield return From(definition);
        }
    }

    private static IEnumerable<string> BuiltInResources() => typeof(Layout).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(BuiltInPrefix, StringComparison.Ordinal) && n.EndsWith(BuiltInExtension, StringComparison.Ordinal))
        .OrderBy(n => n, StringComparer.Ordinal);

    private static string NameOf(string resource) => resource.Substring(BuiltInPrefix.Length, resource.Length - BuiltInPrefix.Length - BuiltInExtension.Length);

    /// <summary>The name --layout takes.</summary>
    public abstract string Name { get; }

    /// <summary>How strongly the text looks like this layout: 0 for not at all.</summary>
    public abstract int Score(SourceText text);

    /// <summary>Reads the text into a jurisdiction and spec drafts; problems go to <paramref name="diagnostics"/>.</summary>
    public abstract LayoutResult Read(SourceText text, List<SpecDiagnostic> diagnostics);

    /// <summary>The layout named <paramref name="name"/>, or null.</summary>
    public static Layout? Find(string name)
    {
        foreach (var layout in All)
        {
            if (layout.Name == name)
            {
                return layout;
            }
        }

        return null;
    }

    /// <summary>The layout that scores highest for <paramref name="text"/>, or null when none scores.</summary>
    public static Layout? Detect(SourceText text)
    {
        Layout? best = null;
        var bestScore = 0;
        foreach (var layout in All)
        {
            var score = layout.Score(text);
            if (score > bestScore)
            {
                best = layout;
                bestScore = score;
            }
        }

        return best;
    }
}

/// <summary>What one input gave: its jurisdiction's facts and the spec files to write.</summary>
internal sealed class LayoutResult
{
    public LayoutResult(JurisdictionInfo jurisdiction)
    {
        Jurisdiction = jurisdiction;
    }

    public JurisdictionInfo Jurisdiction { get; }

    public List<SpecDraft> Specs { get; } = new();

    /// <summary>Text every document of the jurisdiction repeats, offered for the jurisdiction file.</summary>
    public List<Boilerplate> Boilerplate { get; } = new();
}

/// <summary>
/// A section of boilerplate found in <see cref="Owner"/>. The jurisdiction file takes the first document's; a document
/// whose text differs keeps it in its own section <see cref="Section"/>'s id; <see cref="Location"/> is where the section starts in its document.
/// </summary>
internal sealed record Boilerplate(SectionDraft Section, SpecDraft Owner, SourceLocation Location);

/// <summary>A pay grade's figures by basis, read from one document at <see cref="Location"/>.</summary>
internal sealed record GradeInfo(string Grade, YamlMap Figures, SourceLocation Location);

/// <summary>A job group or family.</summary>
internal sealed record JobGroupInfo(string? Key, string? Code, string Name);

/// <summary>The facts about a jurisdiction one document gives.</summary>
internal sealed class JurisdictionInfo
{
    public JurisdictionInfo(string key, string name, string folder)
    {
        Key = key;
        Name = name;
        Folder = folder;
    }

    public string Key { get; }

    public string Name { get; }

    /// <summary>The folder of the output that holds the jurisdiction's files.</summary>
    public string Folder { get; }

    public string? DocumentTitle { get; set; }

    public string? JobGroupTerm { get; set; }

    public List<GradeInfo> Grades { get; } = new();

    public List<JobGroupInfo> JobGroups { get; } = new();

    public List<string> RequiredSections { get; } = new();
}

/// <summary>A layout a layout file describes: its name, signs and jurisdiction come from the <see cref="LayoutDefinition"/>.</summary>
internal abstract class DefinedLayout : Layout
{
    /// <summary>The header field of each label, by <see cref="LayoutFileReader.LabelKey"/>.</summary>
    private readonly Dictionary<string, string> fields = new(StringComparer.Ordinal);

    protected DefinedLayout(LayoutDefinition definition)
    {
        Definition = definition;
        foreach (var (field, label) in definition.Labels)
        {
            fields[LayoutFileReader.LabelKey(label)] = field;
        }

        // Longest labels first, so that "Effective Date" is not read as "Effective" with "Date" in its value.
        var alternatives = definition.Labels.Select(l => l.Label).OrderByDescending(l => l.Length).Select(LabelPattern);
        FieldLine = definition.Labels.Count == 0 ? null : new Regex(
            $@"^(?<label>{string.Join("|", alternatives)})\s*:\s*(?<value>.+)$", LayoutFileReader.PatternOptions | RegexOptions.IgnoreCase);
    }

    public override string Name => Definition.Name;

    protected LayoutDefinition Definition { get; }

    /// <summary>A line that is one of the layout's labels, a colon and its value (groups <c>label</c> and <c>value</c>); null when the layout has no labels.</summary>
    protected Regex? FieldLine { get; }

    public override int Score(SourceText text) => Definition.Score(text);

    /// <summary>A result for the definition's jurisdiction, with what its jurisdiction file says of it.</summary>
    protected LayoutResult NewResult()
    {
        var facts = Definition.Jurisdiction;
        var jurisdiction = new JurisdictionInfo(facts.Key, facts.Name, facts.Folder) { DocumentTitle = facts.DocumentTitle, JobGroupTerm = facts.JobGroupTerm };
        jurisdiction.RequiredSections.AddRange(facts.RequiredSections);
        return new LayoutResult(jurisdiction);
    }

    /// <summary>The id of a section headed <paramref name="heading"/>: the layout's own for it, else the one its words give.</summary>
    protected string SectionId(string heading) =>
        Definition.Headings.TryGetValue(SectionReader.HeadingKey(heading), out var own) ? own : SectionReader.Id(heading);

    /// <summary>Keeps <paramref name="block"/> as boilerplate of the jurisdiction when it is a paragraph every document repeats; false when it is not one.</summary>
    protected bool KeptAside(SourceText text, TextBlock block, SpecDraft draft, LayoutResult result)
    {
        if (Definition.BoilerplateParagraphs.FirstOrDefault(p => block.Text.Contains(p.Contains, StringComparison.Ordinal)) is not { } repeated)
        {
            return false;
        }

        var kept = new SectionDraft(repeated.Section, repeated.Title, block.Number);
        kept.AddParagraph(block.Text, block.Number);
        result.Boilerplate.Add(new Boilerplate(kept, draft, text.At(kept.Line)));
        return true;
    }

    /// <summary>The header field the label <paramref name="written"/> (as a document wrote it) names; false when none.</summary>
    protected bool TryField(string written, out string field) => fields.TryGetValue(LayoutFileReader.LabelKey(written), out field!);

    /// <summary>The pattern of a label: its words as written, any white space between them.</summary>
    protected static string LabelPattern(string label) => string.Join(@"\s+", label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
}
