using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SpecSdk.Generators;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Projects;

namespace SpecSdk.Build
{
    /// <summary>What the catalog build is asked to do: the <c>WriteSpecCatalog</c> task's parameters, as plain data.</summary>
    public sealed class CatalogRequest
    {
        /// <summary>The project folder, which spec paths are relative to.</summary>
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The spec files' full paths.</summary>
        public IReadOnlyList<string> Specs { get; set; } = Array.Empty<string>();

        /// <summary>Where the assembly goes; its documentation goes beside it (<c>.xml</c>).</summary>
        public string OutputAssembly { get; set; } = string.Empty;

        /// <summary>Where the specs' diagnostics go, for the source generator to report.</summary>
        public string DiagnosticsFile { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkNamespace</c> property; the root namespace when empty.</summary>
        public string Namespace { get; set; } = string.Empty;

        /// <summary>The project's <c>RootNamespace</c>.</summary>
        public string RootNamespace { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkPayAsOf</c> property.</summary>
        public string PayAsOf { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkEmit</c> property.</summary>
        public string Emit { get; set; } = string.Empty;

        /// <summary>
        /// The request as text for the worker process: its fields, then the specs, separated by NUL, the one character
        /// no path can hold (a file name may hold a line break).
        /// </summary>
        public string ToText() => string.Join("\0", new[] { ProjectDirectory, OutputAssembly, DiagnosticsFile, Namespace, RootNamespace, PayAsOf, Emit }.Concat(Specs));

        /// <summary>The request <see cref="ToText"/> wrote.</summary>
        public static CatalogRequest FromText(string text)
        {
            var fields = text.Split('\0');
            return new CatalogRequest
            {
                ProjectDirectory = fields[0],
                OutputAssembly = fields[1],
                DiagnosticsFile = fields[2],
                Namespace = fields[3],
                RootNamespace = fields[4],
                PayAsOf = fields[5],
                Emit = fields[6],
                Specs = fields.Skip(7).ToArray(),
            };
        }
    }

    /// <summary>A problem that stops the catalog build, at a file (and line and column, from 1) where it has one.</summary>
    public sealed class CatalogProblem
    {
        /// <summary>A problem with its diagnostic id, file (empty for none), line and column (0 for none) and message.</summary>
        public CatalogProblem(string code, string file, int line, int column, string message)
        {
            Code = code;
            File = file;
            Line = line;
            Column = column;
            Message = message;
        }

        /// <summary>The diagnostic id: SPECSDK001, SPECSDK002 or SPEC999.</summary>
        public string Code { get; }

        /// <summary>The file it concerns; empty when none.</summary>
        public string File { get; }

        /// <summary>The line, from 1; 0 when none.</summary>
        public int Line { get; }

        /// <summary>The column, from 1; 0 when none.</summary>
        public int Column { get; }

        /// <summary>What stopped the build, and what to do.</summary>
        public string Message { get; }

        /// <summary>The problem as one line of the worker's output: its fields separated by tabs, the message last; tabs and line breaks in the file and message become spaces.</summary>
        public string ToLine() => string.Join("\t", Code, OneLine(File), Line.ToString(CultureInfo.InvariantCulture), Column.ToString(CultureInfo.InvariantCulture), OneLine(Message));

        /// <summary>The text with tabs and line breaks made spaces, to stand on one line of the worker's output.</summary>
        internal static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

        /// <summary>The problem <see cref="ToLine"/> wrote; null for a line that is not one.</summary>
        public static CatalogProblem? FromLine(string line)
        {
            var fields = line.Split(new[] { '\t' }, 5);
            return fields.Length == 5 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var at) && int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
                ? new CatalogProblem(fields[0], fields[1], at, column, fields[4])
                : null;
        }
    }

    /// <summary>
    /// Reads a project's spec files the way the source generator does and writes the assembly the build references:
    /// the generated types, compiled (see <see cref="CatalogAssembly"/>), with the catalog in the binary form
    /// <see cref="CatalogData"/> reads embedded in it; its XML documentation beside it; and the specs' diagnostics,
    /// for the generator to report. Each file is replaced only when its bytes change, by a rename, so an unchanged
    /// catalog does not make the compiler run again and a build that stops half-way never leaves half a file.
    /// </summary>
    public static class CatalogBuild
    {
        /// <summary>Runs <paramref name="request"/>: null when it succeeded (with <paramref name="summary"/> saying what it wrote), else what stopped it.</summary>
        public static CatalogProblem? Run(CatalogRequest request, out string summary)
        {
            summary = string.Empty;
            if (!EmitModes.TryParse(request.Emit, out var mode))
            {
                return new CatalogProblem("SPECSDK001", string.Empty, 0, 0, "The property " + EmitModes.Property + " is '" + request.Emit + "'; use one of: " + EmitModes.Choices + ".");
            }

            var watch = Stopwatch.StartNew();
            var paths = request.Specs.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var files = ProjectSpecs.Read(request.ProjectDirectory, paths);
            var failure = files.SelectMany(f => f.Diagnostics).FirstOrDefault(d => d.Id == SpecDiagnostics.InternalError.Id);
            if (failure is not null)
            {
                // A reader failure here would leave records out of the catalog unseen.
                return new CatalogProblem(failure.Id, failure.Location.Path, failure.Location.StartLine + 1, failure.Location.StartColumn + 1, "The spec catalog could not be written: " + failure.Message);
            }

            // Joined once, for the records and for the generator's own model of the types.
            var assembled = CatalogBuilder.Build(files.Where(f => f.Document is not null).Select(f => f.Document!));

            // The records are deflated (on every core) while the types are built (on one); the assembly waits for both.
            var catalog = mode == EmitMode.Constants ? CatalogData.WithoutProse(assembled.Index.Catalog) : assembled.Index.Catalog;
            var encoded = Task.Run(() =>
            {
                using var buffer = new MemoryStream();
                CatalogData.Write(catalog, buffer);
                return buffer.ToArray();
            });

            // The generator's own steps, on the files just read: the same names, constants and accessors it writes as C#.
            var inputs = files.Select((file, i) => new SpecInput { RelativePath = file.Path, FullPath = paths[i], File = file }).ToImmutableArray();
            var ns = string.Join(".", Identifiers.NamespaceParts(request.Namespace, request.RootNamespace));
            var options = new GeneratorOptions { ProjectDirectory = request.ProjectDirectory, PayAsOf = request.PayAsOf.Trim(), Output = new OutputSettings { Namespace = ns, Mode = mode } };
            var api = ModelBuilder.Build(options, inputs, assembled);
            var (assembly, documentation) = CatalogAssembly.Write(Path.GetFileNameWithoutExtension(request.OutputAssembly), ns, api, () => encoded.Result);
            var catalogBytes = encoded.Result;

            try
            {
                var changed = Replace(request.OutputAssembly, assembly);
                Replace(Path.ChangeExtension(request.OutputAssembly, ".xml"), Encoding.UTF8.GetBytes(documentation));
                Replace(request.DiagnosticsFile, Encoding.UTF8.GetBytes(DiagnosticFile.Write(api.Diagnostics)));
                summary = CatalogProblem.OneLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "SpecSdk: {0} classes from {1} spec files, assembly of {2} bytes (catalog {3}) {4} '{5}' in {6} ms.",
                    catalog.Classes.Count,
                    paths.Length,
                    assembly.Length,
                    catalogBytes.Length,
                    changed ? "written to" : "unchanged in",
                    request.OutputAssembly,
                    watch.ElapsedMilliseconds));
                return null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return new CatalogProblem("SPECSDK002", request.OutputAssembly, 0, 0, "The spec catalog could not be written to '" + request.OutputAssembly + "': " + exception.Message);
            }
        }

        private static bool Replace(string path, byte[] bytes)
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }

            return true;
        }
    }
}
