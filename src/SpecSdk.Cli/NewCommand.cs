using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Import;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Cli;

/// <summary>
/// <c>specsdk new jurisdiction|class|series</c>: writes new spec files into the spec folder. The files are read and
/// validated with the folder's other specs before anything is written, and an existing file is never replaced.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("new", "Scaffold a jurisdiction, a job class or a class series as spec files that pass validation.")
        {
            Jurisdiction(output, error),
            Class(output, error),
            Series(output, error),
        };
        return command;
    }

    private static Command Jurisdiction(TextWriter output, TextWriter error)
    {
        var key = SpecFolder.Text(new Argument<string>("KEY") { Description = "A short key, unique in the catalog, e.g. ky." });
        var name = SpecFolder.Text(new Option<string>("--name") { Description = "The employer's name, e.g. \"Commonwealth of Kentucky\".", Required = true });
        var documentTitle = SpecFolder.Text(new Option<string?>("--document-title") { Description = "What it calls its specs, e.g. \"Job Class Specification\"." });
        var folder = FolderOption();
        var command = new Command("jurisdiction", "A jurisdiction: writes DIR/<name>/jurisdiction.md.") { key, name, documentTitle, folder };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(folder)!;
            var draft = JurisdictionDraft(parse.GetValue(key)!, parse.GetValue(name)!, parse.GetValue(documentTitle));
            return Write(directory, new[] { draft }, output, error, SpecLoader.LoadDirectory(directory.FullName));
        });
        return command;
    }

    /// <summary>A jurisdiction's file, <c>&lt;name as a key&gt;/jurisdiction.md</c>.</summary>
    internal static SpecDraft JurisdictionDraft(string key, string name, string? documentTitle)
    {
        var path = Text.Slug(name) is { Length: > 0 } slug ? slug : key;
        var draft = new SpecDraft(path + "/jurisdiction.md", "new");
        draft.Set("kind", new YamlPlain("jurisdiction"));
        draft.Set("key", key);
        draft.Set("name", name);
        draft.Set("document-title", documentTitle);
        return draft;
    }

    /// <summary>A new class's file in its jurisdiction's folder, with the sections every class has, each to be written.</summary>
    internal static SpecDraft ClassDraft(Jurisdiction owner, string title) =>
        ClassDraft(Combine(Folder(owner.SourcePath), FileName(title)), owner, new Dictionary<string, string>(), title, null, null, null, null, Array.Empty<string>());

    private static Command Class(TextWriter output, TextWriter error)
    {
        var title = SpecFolder.Text(new Argument<string>("TITLE") { Description = "The class title, e.g. \"Production Coordinator\"." });
        var jurisdiction = JurisdictionOption();
        var code = SpecFolder.Text(new Option<string?>("--code") { Description = "The job code." });
        var grade = SpecFolder.Text(new Option<string?>("--grade") { Description = "A grade of the jurisdiction's pay plan." });
        var series = SpecFolder.Text(new Option<string?>("--series") { Description = "The key of the class series the class is a level of." });
        var level = new Option<int?>("--level") { Description = "The level in the series: 1 for the lowest." };
        var folder = FolderOption();
        var command = new Command("class", "A job class: writes <the jurisdiction's folder>/<title>.md (in the series' folder with --series).")
        {
            title, jurisdiction, code, grade, series, level, folder,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(folder)!;
            var existing = SpecLoader.LoadDirectory(directory.FullName);
            var seriesKey = parse.GetValue(series);
            if ((seriesKey is null) != (parse.GetValue(level) is null))
            {
                error.WriteLine("specsdk: --series and --level go together.");
                return ExitCodes.Usage;
            }

            var owner = FindJurisdiction(existing, parse.GetValue(jurisdiction)!, error);
            if (owner is null)
            {
                return ExitCodes.Usage;
            }

            var folderPath = Folder(owner.SourcePath);
            var factors = Array.Empty<string>();
            if (seriesKey is not null)
            {
                var found = existing.Index.FindSeries(owner.Key, seriesKey);
                if (found is null)
                {
                    error.WriteLine($"specsdk: {owner.Name} has no class series '{seriesKey}'; create it with 'specsdk new series'.");
                    return ExitCodes.Usage;
                }

                folderPath = Folder(found.SourcePath);
                factors = found.Factors.Select(f => f.Key).ToArray();
            }

            var name = parse.GetValue(title)!;
            var draft = ClassDraft(Combine(folderPath, FileName(name)), owner, Headings(existing, owner), name, parse.GetValue(code), parse.GetValue(grade), seriesKey, parse.GetValue(level), factors);
            return Write(directory, new[] { draft }, output, error, existing);
        });
        return command;
    }

    private static Command Series(TextWriter output, TextWriter error)
    {
        var key = SpecFolder.Text(new Argument<string>("KEY") { Description = "The series key, unique in the jurisdiction, e.g. customer-support-coordinator." });
        var title = SpecFolder.Text(new Option<string>("--title") { Description = "The series title.", Required = true });
        var jurisdiction = JurisdictionOption();
        var factors = SpecFolder.Text(new Option<string[]>("--factor") { Description = "An allocation factor, in order (repeat the option): --factor \"Decision Making\"." });
        var levels = SpecFolder.Text(new Option<string[]>("--level") { Description = "The title of a level, lowest first (repeat the option); each becomes a class file." });
        var folder = FolderOption();
        var command = new Command("series", "A class series: writes <the jurisdiction's folder>/<key>/series.md and a class file for each level.")
        {
            key, title, jurisdiction, factors, levels, folder,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(folder)!;
            var existing = SpecLoader.LoadDirectory(directory.FullName);
            var owner = FindJurisdiction(existing, parse.GetValue(jurisdiction)!, error);
            if (owner is null)
            {
                return ExitCodes.Usage;
            }

            var seriesKey = parse.GetValue(key)!;
            var factorNames = parse.GetValue(factors) ?? Array.Empty<string>();
            var folderPath = Combine(Folder(owner.SourcePath), Text.Slug(seriesKey).Length > 0 ? Text.Slug(seriesKey) : "series");
            var draft = new SpecDraft(Combine(folderPath, "series.md"), "new");
            draft.Set("kind", new YamlPlain("series"));
            draft.Set("key", seriesKey);
            draft.Set("jurisdiction", owner.Key);
            draft.Set("title", parse.GetValue(title)!);
            if (factorNames.Length > 0)
            {
                draft.Set("factors", new YamlList(factorNames.Select(f => (YamlDraft)new YamlString(f)).ToList()));
            }

            var description = new SectionDraft(SectionIds.Description, "Description of Occupational Work", 0);
            description.AddParagraph(Prompt("what the occupation does, and how the levels of the series differ"), 0);
            draft.Sections.Add(description);
            var files = new List<SpecDraft> { draft };
            var factorKeys = factorNames.Select(Text.Slug).ToArray();
            var levelTitles = parse.GetValue(levels) ?? Array.Empty<string>();
            var headings = Headings(existing, owner);
            for (var i = 0; i < levelTitles.Length; i++)
            {
                files.Add(ClassDraft(Combine(folderPath, FileName(levelTitles[i])), owner, headings, levelTitles[i], null, null, seriesKey, i + 1, factorKeys));
            }

            return Write(directory, files, output, error, existing);
        });
        return command;
    }

    private static SpecDraft ClassDraft(string path, Jurisdiction owner, IReadOnlyDictionary<string, string> headings, string title, string? code, string? grade, string? series, int? level, IReadOnlyList<string> factors)
    {
        var draft = new SpecDraft(path, "new");
        draft.Set("kind", new YamlPlain("class"));
        draft.Set("jurisdiction", owner.Key);
        draft.Set("title", title);
        draft.Set(FieldNames.Code, code);
        draft.Set(FieldNames.Grade, grade);
        draft.Set(FieldNames.Series, series);
        if (level is { } number)
        {
            draft.Set(FieldNames.Level, new YamlPlain(number.ToString(CultureInfo.InvariantCulture)));
        }

        if (factors.Count > 0)
        {
            // Each factor starts as not applying; the analyst replaces each with the level's rating.
            draft.Set("factor-ratings", new YamlMap(factors.Select(f => new KeyValuePair<string, YamlDraft>(f, new YamlPlain(Model.FactorRating.NotApplicable))).ToList()));
        }

        draft.Set("established", new YamlPlain(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var sections = new List<(string Id, string Heading, string Prompt)>
        {
            (SectionIds.Characteristics, "Characteristics of the Job", "the nature of the work, its level and the supervision given and received"),
            (SectionIds.Duties, "Examples of Duties", "the typical duties, one list item each"),
            (SectionIds.MinimumQualifications, "Minimum Qualifications", "the education and experience an applicant needs"),
        };
        foreach (var required in owner.RequiredSections.Where(id => sections.All(s => s.Id != id)))
        {
            sections.Add((required, char.ToUpperInvariant(required[0]) + required.Substring(1).Replace('-', ' '), "this section, which every class of " + owner.Name + " has"));
        }

        foreach (var (id, heading, prompt) in sections)
        {
            var section = new SectionDraft(id, headings.TryGetValue(id, out var own) ? own : heading, 0);
            if (id == SectionIds.Duties)
            {
                section.AddItem(Prompt(prompt), 0);
            }
            else
            {
                section.AddParagraph(Prompt(prompt), 0);
            }

            draft.Sections.Add(section);
        }

        return draft;
    }

    /// <summary>
    /// The jurisdiction's own heading for each section id: the one most of its classes give it (on a tie, the first in
    /// ordinal order), else its boilerplate's, so a new Kentucky class says "Minimum Requirements" as Kentucky's do.
    /// </summary>
    private static IReadOnlyDictionary<string, string> Headings(LoadResult existing, Jurisdiction owner)
    {
        var headings = owner.Boilerplate.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        foreach (var used in existing.Index.ClassesOf(owner).SelectMany(c => c.Sections).GroupBy(s => s.Id))
        {
            headings[used.Key] = used.GroupBy(s => s.Title).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
        }

        return headings;
    }

    /// <summary>The text a scaffolded section starts with: what to write there, marked so a reviewer sees it is not done.</summary>
    private static string Prompt(string what) => "TODO: describe " + what + ".";

    /// <summary>
    /// Reads the new files together with the folder's specs (<paramref name="existing"/>, as loaded) and writes them only when none of them has an error and
    /// none exists yet.
    /// </summary>
    private static int Write(DirectoryInfo directory, IReadOnlyList<SpecDraft> drafts, TextWriter output, TextWriter error, LoadResult existing)
    {
        var shown = ShownPaths.For(directory, null);
        var files = drafts.Select(d => (d.Path, Text: SpecWriter.Write(d))).ToList();
        var taken = files.Where(f => File.Exists(Path.Combine(directory.FullName, f.Path))).Select(f => f.Path).ToList();
        if (taken.Count > 0 || files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != files.Count)
        {
            error.WriteLine($"specsdk: {string.Join(", ", taken.Select(t => shown.Show(Path.Combine(directory.FullName, t))).DefaultIfEmpty("two of the new files"))} already exist(s); nothing was written.");
            return ExitCodes.Usage;
        }

        var read = files.Select(f => SpecReader.Read(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList();
        var result = SpecLoader.Load(existing.Files.Concat(read).ToList());
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var problems = result.Diagnostics.Where(d => paths.Contains(d.Location.Path) && d.Severity == SpecSeverity.Error).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine((problem with { Location = problem.Location with { Path = shown.Show(Path.Combine(directory.FullName, problem.Location.Path)) } }).ToString());
            }

            error.WriteLine("specsdk: the new spec would not be valid with these values; nothing was written.");
            return ExitCodes.SpecErrors;
        }

        WriteFiles(directory, files, shown, output);
        return ExitCodes.Success;
    }

    /// <summary>Writes new files below <paramref name="directory"/> as UTF-8, each announced as created, by the printed paths' rule.</summary>
    internal static void WriteFiles(DirectoryInfo directory, IEnumerable<(string Path, string Text)> files, ShownPaths shown, TextWriter output)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory.FullName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            output.WriteLine("Created " + shown.Show(full));
        }
    }

    private static Jurisdiction? FindJurisdiction(LoadResult existing, string key, TextWriter error)
    {
        var found = existing.Index.FindJurisdiction(key);
        if (found is null)
        {
            var known = existing.Catalog.Jurisdictions.Select(j => j.Key).ToList();
            error.WriteLine($"specsdk: there is no jurisdiction '{key}' in the spec folder ({(known.Count == 0 ? "it has none" : "it has " + string.Join(", ", known))}); create it with 'specsdk new jurisdiction'.");
        }

        return found;
    }

    private static Option<string> JurisdictionOption() => SpecFolder.Text(new Option<string>("--jurisdiction", "-j") { Description = "The key of the jurisdiction, e.g. ky.", Required = true });

    private static Option<DirectoryInfo> FolderOption() => SpecFolder.Option("--specs", "-d", "The spec folder to add to.");

    private static string FileName(string title) => (Text.Slug(title) is { Length: > 0 } slug ? slug : "class") + ".md";

    private static string Folder(string sourcePath) => sourcePath.Contains('/') ? sourcePath.Substring(0, sourcePath.LastIndexOf('/')) : string.Empty;

    private static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
