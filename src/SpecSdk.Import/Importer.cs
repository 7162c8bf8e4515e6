using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SpecSdk.Import.Layouts;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Import;

/// <summary>A document to import, a PDF or a text export of one: the path to report it by, and its bytes.</summary>
public sealed record ImportInput(string Path, byte[] Bytes);

/// <summary>A spec file the import makes: its path relative to the output folder, and its text.</summary>
public sealed record ImportedFile(string Path, string Text);

/// <summary>What became of one input: the layout it was read with (null when none) and the files it gave.</summary>
public sealed record ImportedInput(string Path, string? Layout, IReadOnlyList<string> Outputs);

/// <summary>
/// The files an import makes, what each input gave, the diagnostics about the inputs (paths as the inputs were
/// named) and those of reading the files made back (paths relative to the output folder).
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<ImportedInput> Inputs, IReadOnlyList<SpecDiagnostic> Diagnostics, IReadOnlyList<SpecDiagnostic> Validation)
{
    /// <summary>True when a diagnostic is an error: nothing should be written.</summary>
    public bool HasErrors => Diagnostics.Concat(Validation).Any(d => d.Severity == SpecSeverity.Error);
}

/// <summary>
/// A layout file drafted from one document (<see cref="Text"/>, null when the document could not be read), the reader
/// it chose, what it found, what importing the document with it gave and the diagnostics of reading the document.
/// </summary>
public sealed record LayoutDraft(string? Text, string? Reader, int Headings, int Labels, int Repeated, ImportResult? Trial, IReadOnlyList<SpecDiagnostic> Diagnostics);

/// <summary>A layout to import with: a built-in one, or one a layout file describes.</summary>
public sealed class ImportLayout
{
    private ImportLayout(Layout layout)
    {
        Layout = layout;
    }

    /// <summary>The layout's name, as the import reports it.</summary>
    public string Name => Layout.Name;

    internal Layout Layout { get; }

    /// <summary>The built-in layout named <paramref name="name"/>, or null.</summary>
    public static ImportLayout? Named(string name) => Layout.Find(name) is { } layout ? new ImportLayout(layout) : null;

    /// <summary>
    /// The layout of the layout file <paramref name="path"/> (as reported), from <paramref name="bytes"/>, the start
    /// of a file of <paramref name="length"/> bytes; null when the file has an error, each a LAY diagnostic.
    /// </summary>
    public static (ImportLayout? Layout, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string path, byte[] bytes, long length)
    {
        var (definition, diagnostics) = LayoutFileReader.Read(path, bytes, length);
        if (definition is null)
        {
            return (null, diagnostics);
        }

        try
        {
            return (new ImportLayout(Layout.From(definition)), diagnostics);
        }
        catch (NotSupportedException exception)
        {
            // The labels are one pattern; run without backtracking, its size is bounded.
            var at = new SourceLocation { Path = path };
            return (null, diagnostics.Append(LayoutDiagnostics.Pattern.Create(at, "(the labels of fields)", exception.Message.TrimEnd('.') + "; give fewer or shorter labels")).ToList());
        }
    }
}

/// <summary>
/// Turns job class specifications, PDFs or text exports of them, into canonical spec files. Each input is read with its layout
/// (detected, or the one named); inputs of one jurisdiction share one jurisdiction file that holds their pay grades,
/// job groups and boilerplate. The files made are read back with the spec reader, together with the output
/// folder's existing specs, before anyone writes them.
/// </summary>
public static class Importer
{
    /// <summary>The names --layout takes, "auto" first.</summary>
    public static IReadOnlyList<string> LayoutNames { get; } = new[] { LayoutFileReader.AutoName }.Concat(Layout.BuiltInNames).ToArray();

    /// <summary>Imports <paramref name="inputs"/> with the built-in layout named <paramref name="layout"/> ("auto" detects each input's).</summary>
    public static ImportResult Import(IReadOnlyList<ImportInput> inputs, string layout = LayoutFileReader.AutoName, IReadOnlyList<SpecFile>? existing = null) =>
        Import(inputs, layout == LayoutFileReader.AutoName ? null : ImportLayout.Named(layout) ?? throw new ArgumentException($"Unknown layout '{layout}'.", nameof(layout)), existing);

    /// <summary>Imports <paramref name="inputs"/> with <paramref name="layout"/>, a built-in one or a layout file's; null detects each input's.</summary>
    public static ImportResult Import(IReadOnlyList<ImportInput> inputs, ImportLayout? layout, IReadOnlyList<SpecFile>? existing = null)
    {
        var forced = layout?.Layout;
        var read = new (LayoutResult? Result, string? Layout, List<SpecDiagnostic> Diagnostics)[inputs.Count];
        // One reader a core: a PDF is read on a thread of its own (see PdfText.Read), and workers the pool added while
        // they waited for it read more PDFs at once than there are cores, each holding its pages.
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => read[i] = ReadOne(inputs[i], forced));
        var diagnostics = new List<SpecDiagnostic>();
        foreach (var one in read)
        {
            diagnostics.AddRange(one.Diagnostics);
        }

        var drafts = new List<SpecDraft>();
        foreach (var group in read.Where(r => r.Result is not null).Select(r => r.Result!).GroupBy(r => r.Jurisdiction.Key))
        {
            drafts.Add(Jurisdiction(group.ToList(), diagnostics));
        }

        var owners = new Dictionary<string, SpecDraft>(StringComparer.Ordinal);
        var reports = new List<ImportedInput>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var outputs = new List<string>();
            foreach (var spec in read[i].Result?.Specs ?? new List<SpecDraft>())
            {
                if (owners.TryGetValue(spec.Path, out var first))
                {
                    diagnostics.Add(ImportDiagnostics.DuplicateOutput.Create(new SourceLocation { Path = inputs[i].Path }, spec.Path, first.Input));
                    continue;
                }

                owners.Add(spec.Path, spec);
                drafts.Add(spec);
                outputs.Add(spec.Path);
            }

            reports.Add(new ImportedInput(inputs[i].Path, read[i].Layout, outputs));
        }

        var files = drafts.Select(d => new ImportedFile(d.Path, SpecWriter.Write(d))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new ImportResult(files, reports, diagnostics, Validate(files, existing));
    }

    private static (LayoutResult?, string?, List<SpecDiagnostic>) ReadOne(ImportInput input, Layout? forced)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var text = ReadText(input, diagnostics);
        if (text is null)
        {
            return (null, null, diagnostics);
        }

        var layout = forced ?? Layout.Detect(text);
        if (layout is null)
        {
            diagnostics.Add(ImportDiagnostics.UnknownLayout.Create(text.At(1), string.Join(", ", Layout.BuiltInNames)));
            return (null, null, diagnostics);
        }

        var result = layout.Read(text, diagnostics);
        return (result.Specs.Count > 0 ? result : null, layout.Name, diagnostics);
    }

    /// <summary>
    /// Drafts a layout file from one document, for HR to check and edit before importing with it: the jurisdiction its
    /// lines name, its header's labels, its headings and the ids they get, the lines it repeats; the reader that imports
    /// the document with the fewest problems.
    /// </summary>
    public static LayoutDraft DraftLayout(ImportInput document) => LayoutDrafter.Draft(document);

    /// <summary>The text of a PDF or a text export; null with a diagnostic when it cannot be read. A PDF's running header and footer lines go to <paramref name="running"/>.</summary>
    internal static SourceText? ReadText(ImportInput input, List<SpecDiagnostic> diagnostics, List<string>? running = null)
    {
        if (!PdfText.IsPdf(input.Bytes))
        {
            return SourceText.Read(input.Path, input.Bytes, diagnostics);
        }

        if (PdfText.Read(input.Path, input.Bytes, diagnostics) is not { } pdf)
        {
            return null;
        }

        running?.AddRange(pdf.Running);
        return SourceText.Parse(input.Path, pdf.Text, pdf.Strong, pdf.Places);
    }

    /// <summary>Reads <paramref name="files"/> back with the spec reader and joins them with the folder's other specs.</summary>
    public static IReadOnlyList<SpecDiagnostic> Validate(IReadOnlyList<ImportedFile> files, IReadOnlyList<SpecFile>? existing)
    {
        var made = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var all = new List<SpecFile>();
        all.AddRange((existing ?? Array.Empty<SpecFile>()).Where(f => !made.Contains(f.Path)));
        all.AddRange(files.Select(f => SpecReader.Read(f.Path, f.Text)));
        return SpecLoader.Load(all).Diagnostics.ToList();
    }

    /// <summary>One jurisdiction file from every document of that jurisdiction, in input order.</summary>
    private static SpecDraft Jurisdiction(List<LayoutResult> results, List<SpecDiagnostic> diagnostics)
    {
        var info = results[0].Jurisdiction;
        var draft = new SpecDraft(info.Folder + "/jurisdiction.md", results[0].Specs[0].Input);
        draft.Set("kind", "jurisdiction");
        draft.Set("key", info.Key);
        draft.Set("name", info.Name);
        draft.Set("document-title", info.DocumentTitle);
        draft.Set("job-group-term", info.JobGroupTerm);
        var grades = Grades(results, diagnostics);
        if (grades.Count > 0)
        {
            var plan = new YamlMap(("key", new YamlString("salary-grades")), ("name", new YamlString("Salary grades")), ("grades", new YamlList(grades)));
            draft.Set("pay-plans", new YamlList(new YamlDraft[] { plan }));
        }

        var groups = new List<YamlDraft>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in results.SelectMany(r => r.Jurisdiction.JobGroups))
        {
            if (seen.Add(group.Key ?? group.Code ?? group.Name))
            {
                groups.Add(group.Key is not null
                    ? new YamlMap(("key", new YamlString(group.Key)), ("name", new YamlString(group.Name)))
                    : new YamlMap(("code", new YamlString(group.Code!)), ("name", new YamlString(group.Name))));
            }
        }

        if (groups.Count > 0)
        {
            draft.Set("job-groups", new YamlList(groups));
        }

        if (info.RequiredSections.Count > 0)
        {
            draft.Set("required-sections", new YamlList(info.RequiredSections.Select(s => (YamlDraft)new YamlString(s)).ToList()));
        }

        foreach (var boilerplate in results.SelectMany(r => r.Boilerplate))
        {
            var shared = draft.Section(boilerplate.Section.Id);
            if (shared is null)
            {
                draft.Sections.Add(boilerplate.Section);
            }
            else if (shared.Content() != boilerplate.Section.Content())
            {
                Keep(boilerplate);
                diagnostics.Add(ImportDiagnostics.BoilerplateDiffers.Create(boilerplate.Location, boilerplate.Section.Title, info.Name, boilerplate.Owner.Path));
            }
        }

        return draft;
    }

    /// <summary>Boilerplate that differs from the jurisdiction's stays in the document's own section of that id.</summary>
    private static void Keep(Boilerplate boilerplate)
    {
        var owner = boilerplate.Owner;
        var section = owner.Section(boilerplate.Section.Id);
        if (section is null)
        {
            owner.Sections.Add(boilerplate.Section);
        }
        else
        {
            section.Blocks.InsertRange(0, boilerplate.Section.Blocks);
            section.Subsections.InsertRange(0, boilerplate.Section.Subsections);
        }

        SectionReader.Finish(owner);
    }

    private static List<YamlDraft> Grades(List<LayoutResult> results, List<SpecDiagnostic> diagnostics)
    {
        var byGrade = new SortedDictionary<string, GradeInfo>(Comparer<string>.Create(CompareGrades));
        foreach (var grade in results.SelectMany(r => r.Jurisdiction.Grades))
        {
            if (!byGrade.TryGetValue(grade.Grade, out var first))
            {
                byGrade.Add(grade.Grade, grade);
            }
            else if (first.Figures != grade.Figures)
            {
                diagnostics.Add(ImportDiagnostics.GradeConflict.Create(grade.Location, grade.Grade, first.Location.Path));
            }
        }

        var list = new List<YamlDraft>();
        foreach (var grade in byGrade.Values)
        {
            var entries = new List<KeyValuePair<string, YamlDraft>> { new("grade", new YamlString(grade.Grade)) };
            entries.AddRange(grade.Figures.Entries);
            list.Add(new YamlMap(entries));
        }

        return list;
    }

    /// <summary>Numeric grades in numeric order ("9" before "11"), others after them in ordinal order.</summary>
    private static int CompareGrades(string a, string b)
    {
        var aNumber = int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x);
        var bNumber = int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y);
        if (aNumber && bNumber)
        {
            return x != y ? x.CompareTo(y) : string.CompareOrdinal(a, b);
        }

        return aNumber != bNumber ? (aNumber ? -1 : 1) : string.CompareOrdinal(a, b);
    }
}
