using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using SpecSdk.Cli.Serve;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Config;

namespace SpecSdk.Cli;

/// <summary>
/// <c>specsdk serve [SPECS_DIR] [--port N]</c>: builds the handbook in memory, serves it on 127.0.0.1, and on each
/// saved change to a spec or theme file re-reads what changed and reloads the open pages.
/// </summary>
internal static class ServeCommand
{
    /// <summary>How long to wait after a change for more: an editor's save is often several events.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var specs = SpecFolder.Argument("SPECS_DIR");
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to serve on, at 127.0.0.1.",
            DefaultValueFactory = _ => 5080,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535)
                {
                    return value;
                }

                result.AddError($"--port must be a whole number from 1 to 65535, not '{token}'.");
                return 0;
            },
        };
        var theme = SpecFolder.Theme("A folder of theme files that replace the default theme's, file by file; watched like the specs.");
        var staticFiles = SpecFolder.Static("Files served as they are (CNAME, robots.txt, images); default: the folder 'static' beside SPECS_DIR, when there is one.");
        var config = SpecFolder.Config();
        var root = SpecFolder.Root();
        var command = new Command("serve", "Preview the handbook at http://127.0.0.1:PORT/, rebuilding and reloading the page as spec or theme files are saved.")
        {
            specs,
            port,
            theme,
            staticFiles,
            config,
            root,
        };
        command.SetAction((parse, cancellation) => Run(parse.GetValue(specs)!, ShownPaths.For(parse.GetValue(specs)!, parse.GetValue(root)), parse.GetValue(port), parse.GetValue(theme), SpecFolder.StaticFolder(parse.GetValue(staticFiles), parse.GetValue(specs)!), parse.GetValue(config), output, error, cancellation));
        return command;
    }

    private static async Task<int> Run(DirectoryInfo specs, ShownPaths paths, int port, DirectoryInfo? theme, DirectoryInfo? staticFiles, FileInfo? configFile, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        // The configuration is read once: a value it gets wrong is reported here and left at its default in the preview.
        // The synonyms are read now and whenever synonyms.yml changes, their problems reported each time (a synonym
        // with a problem is left out).
        var (config, configFolder, configProblems) = ConfigFile.Load(specs, configFile, paths);
        DiagnosticPrinter.Print(configProblems, DiagnosticFormat.Text, output, paths);
        EquatableArray<Synonym> Synonyms()
        {
            var (synonyms, problems) = ConfigFile.LoadSynonyms(specs, paths);
            DiagnosticPrinter.Print(problems, DiagnosticFormat.Text, output, paths);
            return synonyms;
        }

        var site = new LiveSite(specs.FullName, theme?.FullName, staticFiles?.FullName, config, configFolder, Synonyms);
        Report(site.Current, specs, paths, clock, output);
        using var server = new PreviewServer(site, port, path => paths.Show(Path.Combine(specs.FullName, path)));
        try
        {
            server.Start();
        }
        catch (HttpListenerException exception)
        {
            error.WriteLine($"specsdk: cannot serve on port {port}: {exception.Message}. Choose another with --port.");
            return ExitCodes.Usage;
        }

        output.WriteLine($"Serving the handbook at {server.Address} (Ctrl+C to stop).");
        output.Flush();
        using var watcher = new ChangeWatcher(site, new[] { specs.FullName, theme?.FullName, staticFiles?.FullName }.OfType<string>());
        var serving = server.RunAsync(cancellation);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var (changes, everything) = await watcher.NextAsync(Settle, cancellation).ConfigureAwait(false);
                clock.Restart();
                Report(site.Update(changes, everything), specs, paths, clock, output);
                server.Changed();
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await serving.ConfigureAwait(false);
        output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static void Report(Snapshot snapshot, DirectoryInfo specs, ShownPaths paths, Stopwatch clock, TextWriter output)
    {
        var diagnostics = DiagnosticPrinter.Reported(snapshot.Load, specs, paths, warningsAsErrors: false);
        var (errors, warnings) = DiagnosticPrinter.Print(diagnostics, DiagnosticFormat.Text, output, paths);
        var state = snapshot.Content is not null ? "ready" : snapshot.ThemeError is { } theme ? "not built: " + DiagnosticPrinter.OneLine(theme) : "not built: the pages show the errors";
        output.WriteLine($"[{snapshot.Version}] {snapshot.Load.Catalog.Classes.Count} job classes, {errors} error(s), {warnings} warning(s) in {clock.Elapsed.TotalMilliseconds:F0} ms; {state}.");
        output.Flush();
    }
}
