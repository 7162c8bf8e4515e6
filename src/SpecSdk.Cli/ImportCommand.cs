using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Import;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary>
/// <c>specsdk import FILE... -o DIR</c>: turns text exports of job class specifications into spec files, reporting
/// each input's layout and every diagnostic. Nothing is written when anything has an error.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileSystemInfo[]>("FILE")
        {
            Description = "Text files exported from the specifications' PDFs, or folders of them (every *.txt inside).",
            Arity = ArgumentArity.OneOrMore,
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
            Required = true,
        });
        var layout = new Option<string>("--layout")
        {
            Description = "The documents' layout; auto detects each file's and reports it.",
            DefaultValueFactory = _ => "auto",
        };
        SpecFolder.OneOf(layout, Importer.LayoutNames.ToArray());
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite spec files that already exist (a jurisdiction file is otherwise kept as it is).",
        };
        var command = new Command("import", "Turn text exports of job class specifications into spec files.")
        {
            files,
            directory,
            layout,
            force,
        };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(directory)!, parse.GetValue(layout)!, parse.GetValue(force), output, error));
        return command;
    }

    private static int Run(FileSystemInfo[] arguments, DirectoryInfo directory, string layout, bool force, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var inputs = new List<ImportInput>();
        foreach (var argument in arguments)
        {
            var paths = argument is DirectoryInfo folder
                ? Directory.GetFiles(folder.FullName, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : new[] { argument.FullName };
            foreach (var path in paths)
            {
                try
                {
                    inputs.Add(new ImportInput(Shown(path), File.ReadAllBytes(path)));
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    error.WriteLine(DiagnosticPrinter.OneLine($"specsdk: cannot read '{Shown(path)}': {exception.Message}"));
                    return ExitCodes.Usage;
                }
            }
        }

        if (inputs.Count == 0)
        {
            error.WriteLine("specsdk: no *.txt file to import in " + string.Join(", ", arguments.Select(a => a.ToString())) + ".");
            return ExitCodes.Usage;
        }

        if (File.Exists(directory.FullName))
        {
            error.WriteLine($"specsdk: '{directory}' is a file, not a folder.");
            return ExitCodes.Usage;
        }

        var existing = directory.Exists ? SpecLoader.LoadDirectory(directory.FullName).Files.ToList() : new List<SpecFile>();
        var result = Importer.Import(inputs, layout, existing);
        var files = result.Files.ToList();
        var taken = files.Where(f => File.Exists(Path.Combine(directory.FullName, f.Path))).ToList();
        var validation = result.Validation;
        if (!force && taken.Count > 0)
        {
            var specs = taken.Where(f => !f.Path.EndsWith("/jurisdiction.md", StringComparison.Ordinal)).Select(f => f.Path).ToList();
            if (specs.Count > 0)
            {
                error.WriteLine($"specsdk: {string.Join(", ", specs)} already exist(s) in {Shown(directory.FullName)}; nothing was written. Use --force to overwrite.");
                return ExitCodes.Usage;
            }

            foreach (var kept in taken)
            {
                output.WriteLine($"Kept the existing {kept.Path}: the imported classes are checked against it.");
                files.Remove(kept);
            }

            validation = Importer.Validate(files, existing);
        }

        foreach (var input in result.Inputs)
        {
            output.WriteLine(input.Layout is null
                ? $"{input.Path}: not imported"
                : $"{input.Path}: {input.Layout} layout → {(input.Outputs.Count == 0 ? "nothing" : string.Join(", ", input.Outputs))}");
        }

        var shownRoot = Shown(directory.FullName);
        var diagnostics = result.Diagnostics
            .Concat(validation.Select(d => d with { Location = d.Location with { Path = Path.Combine(shownRoot, d.Location.Path) } }))
            .ToList();
        var (errors, warnings) = DiagnosticPrinter.Print(diagnostics, DiagnosticFormat.Text, output);
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
            error.WriteLine($"specsdk: cannot write to {Shown(directory.FullName)}: {exception.Message}");
            return ExitCodes.SpecErrors;
        }

        var layouts = string.Join(", ", result.Inputs.GroupBy(i => i.Layout).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine($"Imported {inputs.Count} document(s) ({layouts}) into {shownRoot}: {files.Count} spec file(s), {warnings} warning(s) in {clock.Elapsed.TotalSeconds:F2} s.");
        return ExitCodes.Success;
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

    private static string Shown(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
