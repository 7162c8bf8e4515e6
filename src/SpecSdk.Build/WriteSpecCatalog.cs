using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using SpecSdk.Generators;
using Task = Microsoft.Build.Utilities.Task;

namespace SpecSdk.Build
{
    /// <summary>
    /// Writes the assembly of generated types and the specs' diagnostics (see <see cref="CatalogBuild"/>). Problems in
    /// the specs are the generator's to report, at their file, line and column; this task reports only what stops it.
    /// Under <c>dotnet build</c> the work runs in a process of its own (<see cref="Worker"/>), started by the
    /// <c>dotnet</c> that runs the build, whose code is optimised sooner than in MSBuild's process (tiered without PGO,
    /// or fully optimised at once for large catalogs): 10,000 specs take about half the time they take here. Without
    /// that host (Visual Studio's MSBuild on .NET Framework) or the worker, it runs here. Cancelling the build stops it.
    /// </summary>
    public sealed class WriteSpecCatalog : Task, ICancelableTask
    {
        private readonly object gate = new object();
        private Process? running;
        private bool cancelled;

        /// <summary>
        /// From this many specs the worker compiles every method fully optimised at once; below it, tiered (without PGO)
        /// starts faster. Measured whole process, 1,000 specs: 0.53 s tiered against 0.64 s; 10,000 specs: 2.77 s
        /// optimised against 3.3 s tiered.
        /// </summary>
        private const int WholeOptimisationFrom = 3000;

        /// <summary>The spec files: the project's <c>JobSpec</c> items.</summary>
        [Required]
        public ITaskItem[] Specs { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project folder, which spec paths are relative to.</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>Where the assembly goes, usually below obj/; its documentation goes beside it (<c>.xml</c>).</summary>
        [Required]
        public string OutputAssembly { get; set; } = string.Empty;

        /// <summary>Where the specs' diagnostics go, for the source generator to report (see <see cref="DiagnosticFile"/>).</summary>
        [Required]
        public string DiagnosticsFile { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkNamespace</c> property: the generated types' namespace; the root namespace when empty.</summary>
        public string Namespace { get; set; } = string.Empty;

        /// <summary>The project's <c>RootNamespace</c>.</summary>
        public string RootNamespace { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkPayAsOf</c> property: the day whose pay plan versions give the salary constants.</summary>
        public string PayAsOf { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkEmit</c> property: <c>Full</c> (the default) or <c>Constants</c> (no prose).</summary>
        public string Emit { get; set; } = string.Empty;

        /// <summary>The worker (<c>SpecSdk.Build.Worker.dll</c>) that does the work in a process of its own; empty to work here.</summary>
        public string Worker { get; set; } = string.Empty;

        /// <inheritdoc/>
        public void Cancel()
        {
            lock (gate)
            {
                cancelled = true;
                if (running is { HasExited: false } process)
                {
                    process.Kill();
                }
            }
        }

        /// <inheritdoc/>
        public override bool Execute()
        {
            var request = new CatalogRequest
            {
                ProjectDirectory = ProjectDirectory,
                Specs = Specs.Select(s => s.GetMetadata("FullPath")).ToArray(),
                OutputAssembly = OutputAssembly,
                DiagnosticsFile = DiagnosticsFile,
                Namespace = Namespace,
                RootNamespace = RootNamespace,
                PayAsOf = PayAsOf,
                Emit = Emit,
            };

            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var apart = !string.IsNullOrEmpty(host) && Worker.Length > 0 && File.Exists(Worker);
            string summary = string.Empty;
            CatalogProblem? problem = null;
            apart = apart && TryRunWorker(host!, request, out summary, out problem);
            if (!apart)
            {
                problem = CatalogBuild.Run(request, out summary);
            }

            if (problem is not null)
            {
                Log.LogError(null, problem.Code, null, problem.File.Length == 0 ? null : problem.File, problem.Line, problem.Column, 0, 0, "{0}", problem.Message);
                return false;
            }

            Log.LogMessage(MessageImportance.Normal, "{0} ({1})", summary, apart ? "in a worker process" : "in MSBuild's process");
            return true;
        }

        /// <summary>
        /// Runs the request in the worker process: the request on its input, the outcome as the one line it writes.
        /// False when the process cannot be started at all, so the work is done here instead.
        /// </summary>
        private bool TryRunWorker(string host, CatalogRequest request, out string summary, out CatalogProblem? problem)
        {
            summary = string.Empty;
            problem = null;
            var start = new ProcessStartInfo(host)
            {
                Arguments = CommandLine.Quote(Worker),
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            if (request.Specs.Count >= WholeOptimisationFrom)
            {
                start.Environment["DOTNET_TieredCompilation"] = "0";
            }

            string output;
            string error;
            int exitCode;
            try
            {
                using (var process = Process.Start(start)!)
                {
                    lock (gate)
                    {
                        running = process;
                        if (cancelled)
                        {
                            process.Kill();
                        }
                    }

                    var errors = process.StandardError.ReadToEndAsync();
                    var text = new UTF8Encoding(false).GetBytes(request.ToText());
                    try
                    {
                        process.StandardInput.BaseStream.Write(text, 0, text.Length);
                        process.StandardInput.Close();
                    }
                    catch (IOException)
                    {
                        // The worker ended before it read its request: what it wrote says why.
                    }

                    output = process.StandardOutput.ReadToEnd();
                    error = errors.Result;
                    process.WaitForExit();
                    exitCode = process.ExitCode;
                    lock (gate)
                    {
                        running = null;
                    }
                }
            }
            catch (Exception exception) when (exception is System.ComponentModel.Win32Exception || exception is InvalidOperationException)
            {
                Log.LogMessage(MessageImportance.Normal, "SpecSdk: the worker could not be started with '{0}' ({1}); working in MSBuild's process.", host, exception.Message);
                return false;
            }

            var lines = output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            if (exitCode == 0 && lines.Length == 1)
            {
                summary = lines[0];
                return true;
            }

            problem = exitCode == 1 && lines.Length == 1 && CatalogProblem.FromLine(lines[0]) is { } found
                ? found
                : new CatalogProblem("SPEC999", string.Empty, 0, 0, "The SpecSdk build worker '" + Worker + "' failed (exit code " + exitCode + "): " + (error + output).Trim());
            return true;
        }
    }
}
