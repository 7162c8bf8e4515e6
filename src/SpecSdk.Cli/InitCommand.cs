using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Import;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Cli;

/// <summary>
/// <c>specsdk init [DIR]</c>: a spec repository a team can start from — specs/ with a jurisdiction and one class,
/// specsdk.yml, a CI workflow that validates and publishes, the tool manifest it installs from, a .gitignore and a
/// README for the people who write the specs. Values not given as options are asked for when a terminal is attached;
/// otherwise the defaults stand. Nothing is written when specs/ or any of the files exists already, except a README
/// and a .gitignore, which are kept as they are.
/// </summary>
internal static class InitCommand
{
    /// <summary>The workflow's path, which a test parses.</summary>
    public const string WorkflowPath = ".github/workflows/specs.yml";

    /// <summary>The tool manifest's path: <c>dotnet tool restore</c> reads it.</summary>
    public const string ToolManifestPath = ".config/dotnet-tools.json";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("DIR")
        {
            Description = "The folder to make the spec repository in; created when missing.",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        folder.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { } directory && File.Exists(directory.FullName))
            {
                result.AddError($"DIR: '{directory.FullName}' is a file, not a folder.");
            }
        });
        var key = SpecFolder.Text(new Option<string?>("--jurisdiction", "-j") { Description = "The jurisdiction's key, e.g. tx (default: the name as a key)." });
        var name = SpecFolder.Text(new Option<string?>("--name") { Description = "The employer's name, e.g. \"State of Texas\" (default: Example County)." });
        var title = SpecFolder.Text(new Option<string?>("--class") { Description = "The first job class's title (default: Administrative Assistant)." });
        var baseUrl = SpecFolder.Link(new Option<string?>("--base-url") { Description = "The address the handbook will be published at, for specsdk.yml." });
        var command = new Command("init", "Start a spec repository: specs/ with a jurisdiction and a class, specsdk.yml, a CI workflow, a tool manifest, a README.")
        {
            folder, key, name, title, baseUrl,
        };
        command.SetAction(parse =>
        {
            // Asked only of a person at a terminal; a script or CI gets the defaults, never a prompt.
            var ask = output == Console.Out && !Console.IsInputRedirected && !Console.IsOutputRedirected;
            string Value(Option<string?> option, string question, string fallback) =>
                parse.GetValue(option) ?? (ask ? Ask(question, fallback, output) : fallback);
            var employer = Value(name, "The employer's name", "Example County");
            var jurisdictionKey = Value(key, "Its short key", Text.Slug(employer) is { Length: > 0 } slug ? slug : "county");
            var firstClass = Value(title, "The first job class's title", "Administrative Assistant");
            return Run(parse.GetValue(folder)!, jurisdictionKey, employer, firstClass, parse.GetValue(baseUrl), output, error);
        });
        return command;
    }

    private static string Ask(string question, string fallback, TextWriter output)
    {
        output.Write($"{question} [{fallback}]: ");
        output.Flush();
        var answer = Console.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? fallback : answer!;
    }

    private static int Run(DirectoryInfo folder, string key, string name, string title, string? baseUrl, TextWriter output, TextWriter error)
    {
        var jurisdiction = NewCommand.JurisdictionDraft(key, name, "Job Class Specification");
        var owner = new Jurisdiction { Key = key, Name = name, SourcePath = jurisdiction.Path };
        var specs = new[] { jurisdiction, NewCommand.ClassDraft(owner, title) }
            .Select(d => (Path: SpecFolder.Default + "/" + d.Path, Text: SpecWriter.Write(d)))
            .ToList();

        var config = Config(name, baseUrl);
        var read = specs.Select(f => SpecReader.Read(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList();
        var configBytes = Encoding.UTF8.GetBytes(config);
        var problems = SpecLoader.Load(read).Diagnostics
            .Concat(SiteConfigReader.Read(SiteConfig.FileName, configBytes, configBytes.Length, _ => false).Diagnostics)
            .Concat(SynonymsReader.Read(SynonymsReader.FileName, Encoding.UTF8.GetBytes(Synonyms), Encoding.UTF8.GetByteCount(Synonyms)).Diagnostics)
            .Where(d => d.Severity == SpecSeverity.Error)
            .ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(DiagnosticPrinter.OneLine(problem.ToString()));
            }

            error.WriteLine("specsdk: the first specs would not be valid with these values; nothing was written.");
            return ExitCodes.SpecErrors;
        }

        var files = specs.Concat(new[]
        {
            (SpecFolder.Default + "/" + SynonymsReader.FileName, Synonyms),
            (SiteConfig.FileName, config),
            (WorkflowPath, Workflow),
            (ToolManifestPath, ToolManifest),
        }).ToList();

        // A clone of a new hosted repository has its README and .gitignore: those are kept, and init says so.
        var kept = new List<string>();
        foreach (var (path, text) in new[] { (".gitignore", "_site/\n._site.state\nspecs.sarif\n"), ("README.md", Readme(name, key)) })
        {
            if (Exists(folder, path))
            {
                kept.Add(path);
            }
            else
            {
                files.Add((path, text));
            }
        }

        var taken = files.Select(f => f.Item1).Where(p => Exists(folder, p)).ToList();
        if (Directory.Exists(Path.Combine(folder.FullName, SpecFolder.Default)))
        {
            taken.Insert(0, SpecFolder.Default + "/");
        }

        if (taken.Count > 0)
        {
            error.WriteLine($"specsdk: {folder.FullName} has {string.Join(", ", taken)} already; init starts a new spec repository and changes none. Nothing was written.");
            return ExitCodes.Usage;
        }

        try
        {
            NewCommand.WriteFiles(folder, files, ShownPaths.For(folder, null), output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(DiagnosticPrinter.OneLine($"specsdk: the repository could not be written to {folder.FullName}: {exception.Message}"));
            return ExitCodes.Usage;
        }

        foreach (var path in kept)
        {
            output.WriteLine($"Kept {path} as it was");
        }

        var into = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.FullName);
        output.WriteLine($"Next: {(into == "." ? string.Empty : $"cd {into}, ")}write the class's sections (each holds a TODO), then 'dotnet tool restore', 'dotnet specsdk validate --warnaserror' and 'dotnet specsdk build'.");
        return ExitCodes.Success;
    }

    /// <summary>A file, a folder or anything else at <paramref name="path"/> below <paramref name="folder"/>, where a file was to go.</summary>
    private static bool Exists(DirectoryInfo folder, string path)
    {
        var full = Path.Combine(folder.FullName, path);
        return File.Exists(full) || Directory.Exists(full);
    }

    private static string Config(string name, string? baseUrl)
    {
        var text = new StringBuilder();
        text.Append("# The handbook's settings: docs/handbook.md (Site configuration) in the SpecSdk repository lists every field.\n");
        text.Append("title: ").Append(SpecWriter.Quote(name + " job classes")).Append('\n');
        if (baseUrl is not null)
        {
            text.Append("base-url: ").Append(SpecWriter.Quote(baseUrl)).Append('\n');
        }

        text.Append("footer: ").Append(SpecWriter.Quote("Published by " + name)).Append('\n');
        text.Append("# logo: images/seal.svg\n");
        text.Append("# colours:\n#   link: \"#0b57a4\"\n#   accent: \"#7a3e00\"\n");
        return text.ToString();
    }

    private static string ToolManifest => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "specsdk.tool": {
              "version": "{{ToolVersion.Semantic}}",
              "commands": [ "specsdk" ]
            }
          }
        }

        """;

    private static string Workflow => """
        # Validates the specs on every push and pull request, shows their problems in code scanning, and builds the
        # handbook. The tool comes from .config/dotnet-tools.json: the SpecSdk.Tool package must be on a feed this
        # workflow reaches (nuget.org, or a feed named in a nuget.config).
        name: Specs

        on:
          push:
            branches: [main]
          pull_request:

        permissions:
          contents: read
          security-events: write

        jobs:
          specs:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # the whole history, for the handbook's revision history
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install specsdk
                run: dotnet tool restore
              - name: Validate the specs
                run: dotnet specsdk validate specs --warnaserror --format sarif > specs.sarif
              - name: Show the problems in code scanning
                # Code scanning needs a public repository or GitHub Advanced Security, and a pull request from a fork
                # may not upload: the check is the validate step, this only shows its findings.
                if: always() && hashFiles('specs.sarif') != ''
                continue-on-error: true
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: specs.sarif
              - name: Build the handbook
                run: dotnet specsdk build specs -o _site
              - uses: actions/upload-artifact@v4
                with:
                  name: handbook
                  path: _site

        """;

    /// <summary>The search synonyms, none yet: the file says what a line is, for HR to add the first.</summary>
    private const string Synonyms = """
        # The words people search for, and what these specs call it: a search for the words on the left also finds
        # the classes that have any of the meanings on the right. One line each, for example:
        #
        # lawyer: [attorney, counsel]
        # IT: information technology

        """;

    private static string Readme(string name, string key) => $"""
        # {name}: job class specifications

        Every job class of {name} is a file in `specs/`: its title, code and grade at the top, its sections
        (characteristics, duties, minimum qualifications) below, in Markdown. The jurisdiction's own file,
        `specs/*/jurisdiction.md`, holds what every class shares: pay plans and grades, job groups, the text printed
        in every spec.

        ## Writing a spec

        Once, on your machine: `dotnet tool restore` installs `specsdk` (see below); then, in this folder:

        - `dotnet specsdk new class "Title" -j {key} --code CODE` starts a class, with a `TODO` in each section
          to write. The CI check fails while a `TODO` is left, so an unfinished spec is not merged.
        - `dotnet specsdk validate` checks every spec and `specsdk.yml`, and names the line and column of each
          problem.
        - `dotnet specsdk serve` shows the handbook as you edit, at http://127.0.0.1:5080/.
        - `specs/synonyms.yml` lists the words people search for and what the specs call it
          (`lawyer: [attorney, counsel]`), so the handbook's search finds a class by either.

        ## Publishing

        Every push runs `.github/workflows/specs.yml`: it validates the specs (problems show in the repository's
        code scanning and fail the check), then builds the handbook, kept as the run's `handbook` artifact. The
        handbook's title, footer, logo and colours are in `specsdk.yml`.

        The workflow installs `specsdk` from `.config/dotnet-tools.json`, so the `SpecSdk.Tool` package must be on
        a feed it reaches (nuget.org, or a feed named in a `nuget.config` beside this file).

        """;
}
