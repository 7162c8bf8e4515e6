using System;
using System.CommandLine;
using System.Diagnostics;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecSdk.Site;
using SpecSdk.Specs;

namespace SpecSdk.Cli;

/// <summary><c>specsdk build [SPECS_DIR] [-o OUT_DIR]</c>: validates the specs and publishes the handbook.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var specs = SpecFolder.Argument("SPECS_DIR");
        var outputDirectory = SpecFolder.Output(new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write the handbook to; it is replaced as a whole once the build succeeds.",
            DefaultValueFactory = _ => new DirectoryInfo("_site"),
        });
        var theme = SpecFolder.Theme("A folder of theme files (templates/, assets/) that replace the default theme's, file by file.");
        var baseUrl = SpecFolder.Link(new Option<string>("--base-url")
        {
            Description = "The address the handbook is published at, for sitemap.xml and 404.html (e.g. https://jobs.example.gov/): http, https or a path.",
            DefaultValueFactory = _ => "/",
        });
        var specUrl = SpecFolder.Link(new Option<string?>("--spec-url")
        {
            Description = "Where the spec files are published (e.g. a repository's file view: http or https); pages link there instead of to copies in specs/.",
        });
        var staticFiles = SpecFolder.Static("Files copied into the handbook as they are (CNAME, robots.txt, images); default: the folder 'static' beside SPECS_DIR, when there is one.");
        var wholeCatalog = new Option<bool>("--catalog-json")
        {
            Description = "Also write the whole catalog as one file, catalog.json (the JSON exports are otherwise one file a jurisdiction, in data/).",
        };
        var repositoryUrl = SpecFolder.AbsoluteUrl(new Option<string>("--repo-url")
        {
            Description = "The spec repository's address on the web, for links to each commit's changes: ADDRESS/commit/HASH (GitHub, GitLab, Gitea), or an address with {hash} in it for any other host.",
        }, "https://github.com/example-gov/job-specs");
        var config = SpecFolder.Config();
        var root = SpecFolder.Root();
        var command = new Command("build", "Validate the specs and write the handbook: HTML pages, search index, sitemap, JSON and CSV exports.")
        {
            specs,
            outputDirectory,
            theme,
            baseUrl,
            specUrl,
            staticFiles,
            wholeCatalog,
            repositoryUrl,
            config,
            root,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(specs)!;
            var paths = ShownPaths.For(folder, parse.GetValue(root));
            var (settings, settingsFolder, settingsProblems) = ConfigFile.Load(folder, parse.GetValue(config), paths);
            var (synonyms, synonymProblems) = ConfigFile.LoadSynonyms(folder, paths);
            var options = new SiteOptions
            {
                OutputDirectory = parse.GetValue(outputDirectory)!.FullName,
                SpecDirectory = folder.FullName,
                ThemeDirectory = parse.GetValue(theme)?.FullName,
                // The command line's address wins over the configuration's; without either, the site is at the root.
                BaseUrl = parse.GetResult(baseUrl) is { Implicit: false } ? parse.GetValue(baseUrl)! : settings.BaseUrl ?? parse.GetValue(baseUrl)!,
                SpecUrl = parse.GetValue(specUrl),
                StaticDirectory = SpecFolder.StaticFolder(parse.GetValue(staticFiles), folder)?.FullName,
                WholeCatalog = parse.GetValue(wholeCatalog),
                Config = settings,
                ConfigDirectory = settingsFolder,
                RepositoryUrl = parse.GetValue(repositoryUrl),
                Synonyms = synonyms,
            };
            return Run(folder, paths, options, settingsProblems.Concat(synonymProblems).ToList(), output, error);
        });
        return command;
    }

    private static int Run(DirectoryInfo specs, ShownPaths paths, SiteOptions options, IReadOnlyList<SpecDiagnostic> configProblems, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var result = SpecLoader.LoadDirectory(specs.FullName);
        var reported = configProblems.Concat(DiagnosticPrinter.Reported(result, specs, paths, warningsAsErrors: false)).ToList();
        var (errors, _) = DiagnosticPrinter.Print(reported, DiagnosticFormat.Text, output, paths);
        if (errors > 0)
        {
            error.WriteLine($"specsdk: {errors} error(s) in the specs, specsdk.yml or synonyms.yml; the handbook was not written.");
            return ExitCodes.SpecErrors;
        }

        // The commits of the spec files, read once for the whole build.
        var (history, historyProblem) = RepositoryHistory.Read(specs.FullName, result.Files);
        if (historyProblem is not null)
        {
            error.WriteLine("specsdk: warning: " + DiagnosticPrinter.OneLine(historyProblem));
        }
        else if (history is { Shallow: true })
        {
            error.WriteLine("specsdk: warning: the spec repository is a shallow clone, so pages show only the commits it holds; fetch the whole history first (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).");
        }

        options = options with { History = history };
        try
        {
            var progress = new Progress(error);
            var site = SiteBuilder.Build(result.Index, options, progress);
            if (options.BaseUrl == "/")
            {
                error.WriteLine($"specsdk: warning: without --base-url, 404.html links from the host's root (/assets/...), so it works only for a site published there, and the feed of what changed ({Changes.FeedPath}) is not written; give --base-url with the site's address (https://jobs.example.gov/handbook/).");
            }
            else if (!site.Feed)
            {
                error.WriteLine($"specsdk: warning: the feed of what changed ({Changes.FeedPath}) was not written: its ids and links must be absolute; give --base-url with the site's full address (https://jobs.example.gov/handbook/).");
            }

            var kept = site.Kept > 0 ? $", {site.Kept} of them kept from the previous build, unchanged" : string.Empty;
            output.WriteLine($"Wrote {site.Pages} pages ({site.Files} files{kept}) for {result.Catalog.Classes.Count} job classes to {paths.Show(options.OutputDirectory)} in {clock.Elapsed.TotalSeconds:F2} s.");
            return ExitCodes.Success;
        }
        catch (SiteException exception)
        {
            error.WriteLine(DiagnosticPrinter.OneLine("specsdk: " + exception.Message));
            return ExitCodes.Usage;
        }
    }

    /// <summary>Reports pages written on long builds, on the error stream so that output stays diagnostics only.</summary>
    private sealed class Progress(TextWriter error) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            if (value.Total >= 1000)
            {
                lock (error)
                {
                    error.WriteLine($"Writing files: {value.Done}/{value.Total}");
                }
            }
        }
    }
}
