using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Import;
using SpecSdk.Import.Layouts;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>
/// <c>specsdk import FILE... -o DIR</c>: turns job class specifications, PDFs or text exports of them, into spec files, reporting
/// each input's layout and every diagnostic. Nothing is written when anything has an error. <c>specsdk import
/// --draft-layout DOC</c> writes a layout file drafted from one document to standard output instead.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The largest document read: the largest PDF the importer opens (a text export over its own, smaller, limit is reported by the importer).</summary>
    private const int MaxDocumentBytes = PdfText.MaxBytes;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileSystemInfo[]>("FILE")
        {
            Description = "The specifications' PDFs or text files exported from them, or folders of them (every *.pdf and *.txt inside).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"FILE: '{token.Value}' does not exist.");
            }
        });
        var directory = SpecFolder.Output(new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The spec folder to write into; created when missing.",
        });
        var layout = new Option<string>("--layout")
        {
            Description = "The documents' layout: one of " + string.Join(", ", Importer.LayoutNames) + " (auto detects each file's and reports it), or a layout file (.yml) that describes a jurisdiction's documents.",
            DefaultValueFactory = _ => LayoutFileReader.AutoName,
        };
        layout.CompletionSources.Add(Importer.LayoutNames.ToArray());
        layout.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !Importer.LayoutNames.Contains(t.Value, StringComparer.Ordinal) && !File.Exists(t.Value)))
            {
                result.AddError($"--layout must be one of {string.Join(", ", Importer.LayoutNames)}, or a layout file; '{token.Value}' is neither.");
            }
        });
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite spec files that already exist (a jurisdiction file is otherwise kept as it is).",
        };
        var draft = new Option<FileInfo>("--draft-layout")
        {
            Description = "Draft a layout file from this one document (PDF or text) and write it to standard output, to edit and then import with --layout: its jurisdiction, labels, headings and repeated lines.",
            HelpName = "DOC",
        };
        draft.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { } document && !File.Exists(document.FullName))
            {
                result.AddError(Directory.Exists(document.FullName)
                    ? $"--draft-layout: '{document.FullName}' is a folder; a layout is drafted from one document."
                    : $"--draft-layout: '{document.FullName}' does not exist.");
            }
        });
        var root = SpecFolder.Root();
        var command = new Command("import", "Turn job class specifications, PDFs or text exports of them, into spec files.")
        {
            files,
            directory,
            layout,
            force,
            draft,
            root,
        };
        command.SetAction(parse =>
        {
            // Checked here, not by a command validator, which would hide the errors of the values themselves.
            var documents = parse.GetValue(files) ?? Array.Empty<FileSystemInfo>();
            var folder = parse.GetValue(directory);
            if (parse.GetValue(draft) is { } document)
            {
                return documents.Length > 0 || folder is not null
                    ? Usage(error, "--draft-layout drafts from one document and writes the layout to standard output: give it no FILE and no --output.")
                    : Draft(document, output, error);
            }

            return documents.Length == 0 ? Usage(error, "FILE is required: the documents to import (or --draft-layout DOC to draft a layout from one).")
                : folder is null ? Usage(error, "Option '--output' is required: the spec folder to write into.")
                : Run(documents, folder, ShownPaths.For(folder, parse.GetValue(root)), parse.GetValue(layout)!, parse.GetValue(force), output, error);
        });
        return command;
    }

    private static int Run(FileSystemInfo[] arguments, DirectoryInfo directory, ShownPaths paths, string layout, bool force, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var inputs = new List<ImportInput>();
        foreach (var argument in arguments)
        {
            var documents = new List<string> { argument.FullName };
            if (argument is DirectoryInfo folder)
            {
                var scan = FileTree.Scan(folder.FullName, ".pdf", ".txt");
                foreach (var problem in scan.Problems)
                {
                    error.WriteLine(DiagnosticPrinter.OneLine($"specsdk: {paths.Show(Path.Combine(folder.FullName, problem.Location.Path))}: {(problem.Severity == SpecSeverity.Error ? "error" : "warning")} {problem.Id}: {problem.Message}"));
                }

                if (scan.Problems.Any(p => p.Severity == SpecSeverity.Error))
                {
                    return ExitCodes.Usage;
                }

                documents = scan.Paths.Select(p => Path.Combine(folder.FullName, p)).ToList();
            }

            foreach (var path in documents)
            {
                if (Read(path, paths, error) is not { } bytes)
                {
                    return ExitCodes.Usage;
                }

                inputs.Add(new ImportInput(paths.Show(path), bytes));
            }
        }

        if (inputs.Count == 0)
        {
            error.WriteLine("specsdk: no *.pdf or *.txt file to import in " + string.Join(", ", arguments.Select(a => a.ToString())) + ".");
            return ExitCodes.Usage;
        }

        ImportLayout? chosen = null;
        if (layout != LayoutFileReader.AutoName)
        {
            chosen = ImportLayout.Named(layout);
            if (chosen is null)
            {
                // Read within the layout file's own limit: an empty or oversized file is its LAY001, at its name.
                var layoutPath = Path.GetFullPath(layout);
                var bytes = FileTree.Read(layoutPath, LayoutFileReader.MaxCharacters);
                if (bytes.Outcome == FileReadOutcome.Missing)
                {
                    error.WriteLine(DiagnosticPrinter.OneLine($"specsdk: cannot read '{paths.Show(layoutPath)}': it does not exist, or is a link that leads nowhere."));
                    return ExitCodes.Usage;
                }

                var (file, problems) = ImportLayout.Read(paths.Show(layoutPath), bytes.Bytes, bytes.Length);
                var (layoutErrors, _) = DiagnosticPrinter.Print(problems, DiagnosticFormat.Text, output, paths);
                if (file is null || layoutErrors > 0)
                {
                    error.WriteLine($"specsdk: the layout file {paths.Show(layoutPath)} has {layoutErrors} error(s); nothing was imported.");
                    return ExitCodes.SpecErrors;
                }

                chosen = file;
            }
        }

        var existing = directory.Exists ? SpecLoader.LoadDirectory(directory.FullName).Files.ToList() : new List<SpecFile>();
        var result = Importer.Import(inputs, chosen, existing);
        var files = result.Files.ToList();
        var taken = files.Where(f => File.Exists(Path.Combine(directory.FullName, f.Path))).ToList();
        var validation = result.Validation;
        if (!force && taken.Count > 0)
        {
            var specs = taken.Where(f => !f.Path.EndsWith("/jurisdiction.md", StringComparison.Ordinal)).Select(f => f.Path).ToList();
            if (specs.Count > 0)
            {
                error.WriteLine($"specsdk: {string.Join(", ", specs)} already exist(s) in {paths.Show(directory.FullName)}; nothing was written. Use --force to overwrite.");
                return ExitCodes.Usage;
            }

            foreach (var kept in taken)
            {
                output.WriteLine($"Kept the existing {paths.Show(Path.Combine(directory.FullName, kept.Path))}: the imported classes are checked against it.");
                files.Remove(kept);
            }

            validation = Importer.Validate(files, existing);
        }

        foreach (var input in result.Inputs)
        {
            output.WriteLine(input.Layout is null
                ? $"{input.Path}: not imported"
                : $"{input.Path}: {input.Layout} layout → {(input.Outputs.Count == 0 ? "nothing" : string.Join(", ", input.Outputs.Select(o => paths.Show(Path.Combine(directory.FullName, o)))))}");
        }

        var shownRoot = paths.Show(directory.FullName);
        var diagnostics = result.Diagnostics
            .Concat(validation.Select(d => d with { Location = d.Location with { Path = paths.Show(Path.Combine(directory.FullName, d.Location.Path)) } }))
            .ToList();
        var (errors, warnings) = DiagnosticPrinter.Print(diagnostics, DiagnosticFormat.Text, output, paths);
        if (errors > 0)
        {
            output.WriteLine($"{inputs.Count} document(s): {errors} error(s), {warnings} warning(s); nothing was written.");
            return ExitCodes.SpecErrors;
        }

        try
        {
            Write(directory, files);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            error.WriteLine($"specsdk: cannot write to {paths.Show(directory.FullName)}: {exception.Message}");
            return ExitCodes.SpecErrors;
        }

        var layouts = string.Join(", ", result.Inputs.GroupBy(i => i.Layout).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine($"Imported {inputs.Count} document(s) ({layouts}) into {shownRoot}: {files.Count} spec file(s), {warnings} warning(s) in {clock.Elapsed.TotalSeconds:F2} s.");
        return ExitCodes.Success;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"specsdk: {message} Run 'specsdk import --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>Writes the layout drafted from <paramref name="document"/> to <paramref name="output"/>; what it found, and any problem, to <paramref name="error"/>.</summary>
    private static int Draft(FileInfo document, TextWriter output, TextWriter error)
    {
        var paths = ShownPaths.For(document.Directory ?? new DirectoryInfo("."), null);
        if (Read(document.FullName, paths, error) is not { } bytes)
        {
            return ExitCodes.Usage;
        }

        var draft = Importer.DraftLayout(new ImportInput(paths.Show(document.FullName), bytes));
        DiagnosticPrinter.Print(draft.Diagnostics, DiagnosticFormat.Text, error, paths);
        if (draft.Text is null || draft.Trial is null)
        {
            error.WriteLine($"specsdk: no layout was drafted from {paths.Show(document.FullName)}.");
            return ExitCodes.SpecErrors;
        }

        output.Write(draft.Text);
        var problems = draft.Trial.Diagnostics.Concat(draft.Trial.Validation).ToList();
        error.WriteLine(
            $"Drafted a {draft.Reader} layout from {paths.Show(document.FullName)}: {Specs.Reading.Text.Count(draft.Headings, "heading", "headings")}, {Specs.Reading.Text.Count(draft.Labels, "label", "labels")}, "
            + $"{Specs.Reading.Text.Count(draft.Repeated, "repeated line", "repeated lines")}. With it the document imports to {Specs.Reading.Text.Count(draft.Trial.Files.Count, "spec file", "spec files")}, "
            + $"{Specs.Reading.Text.Count(problems.Count(d => d.Severity == SpecSeverity.Error), "error", "errors")}, {Specs.Reading.Text.Count(problems.Count(d => d.Severity != SpecSeverity.Error), "warning", "warnings")}. "
            + "Save it (> LAYOUT.yml), check the jurisdiction, headings and labels, then: specsdk import DOCUMENTS -o specs --layout LAYOUT.yml");
        return ExitCodes.Success;
    }

    /// <summary>The bytes of a document, read within bounds; null, with the reason on <paramref name="error"/>, when it cannot be.</summary>
    private static byte[]? Read(string path, ShownPaths paths, TextWriter error)
    {
        string? problem;
        try
        {
            var file = FileTree.Read(path, MaxDocumentBytes);
            problem = file.Outcome switch
            {
                FileReadOutcome.Read => null,
                FileReadOutcome.Missing => "it does not exist, or is a link that leads nowhere.",
                FileReadOutcome.Empty => "it is empty, or not a regular file (a pipe or a device, which is never read).",
                _ => $"it has {file.Length:N0} bytes; one document has at most {MaxDocumentBytes:N0}.",
            };
            if (problem is null)
            {
                return file.Bytes;
            }
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            problem = exception.Message;
        }

        error.WriteLine(DiagnosticPrinter.OneLine($"specsdk: cannot read '{paths.Show(path)}': {problem}"));
        return null;
    }

    /// <summary>Writes every file beside its place first, then moves each into place: a failed write leaves no spec half-written.</summary>
    private static void Write(DirectoryInfo directory, List<ImportedFile> files)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var full = Path.Combine(directory.FullName, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var temporary = full + ".specsdk-import";
                staged.Add((temporary, full));
                File.WriteAllText(temporary, file.Text, encoding);
            }

            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }
        }
    }

}
