using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Projects;
using Task = Microsoft.Build.Utilities.Task;

namespace SpecSdk.Build
{
    /// <summary>
    /// Reads a project's spec files the way the source generator does and writes their catalog in the binary form
    /// <see cref="CatalogData"/> reads, for the build to embed. Problems in the specs are the generator's to report,
    /// at their file, line and column; this task reports only what stops it writing the catalog. The file is replaced
    /// only when its bytes change, so an unchanged catalog does not make the compiler run again.
    /// </summary>
    public sealed class WriteSpecCatalog : Task
    {
        /// <summary>The spec files: the project's <c>JobSpec</c> items.</summary>
        [Required]
        public ITaskItem[] Specs { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project folder, which spec paths are relative to.</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>Where the catalog goes, usually below obj/.</summary>
        [Required]
        public string OutputFile { get; set; } = string.Empty;

        /// <summary>The <c>SpecSdkEmit</c> property: <c>Full</c> (the default) or <c>Constants</c> (no prose).</summary>
        public string Emit { get; set; } = string.Empty;

        /// <inheritdoc/>
        public override bool Execute()
        {
            if (!EmitModes.TryParse(Emit, out var mode))
            {
                Log.LogError(null, "SPECSDK001", null, null, 0, 0, 0, 0, "The property {0} is '{1}'; use one of: {2}.", EmitModes.Property, Emit, EmitModes.Choices);
                return false;
            }

            var watch = Stopwatch.StartNew();
            var paths = Specs.Select(s => s.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var load = ProjectSpecs.Load(ProjectDirectory, paths);
            var failure = load.Diagnostics.FirstOrDefault(d => d.Id == SpecDiagnostics.InternalError.Id);
            if (failure is not null)
            {
                // The generator reports the specs' own problems; a reader failure here would leave records out of the catalog unseen.
                Log.LogError(null, failure.Id, null, failure.Location.Path, failure.Location.StartLine + 1, failure.Location.StartColumn + 1, 0, 0, "The spec catalog could not be written: {0}", failure.Message);
                return false;
            }

            var catalog = load.Catalog;
            if (mode == EmitMode.Constants)
            {
                catalog = CatalogData.WithoutProse(catalog);
            }

            byte[] bytes;
            using (var buffer = new MemoryStream())
            {
                CatalogData.Write(catalog, buffer);
                bytes = buffer.ToArray();
            }

            try
            {
                var changed = !File.Exists(OutputFile) || !File.ReadAllBytes(OutputFile).SequenceEqual(bytes);
                if (changed)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
                    var temporary = OutputFile + ".tmp";
                    File.WriteAllBytes(temporary, bytes);

                    // A rename, so a build that stops half-way never leaves half a catalog to embed.
                    if (File.Exists(OutputFile))
                    {
                        File.Replace(temporary, OutputFile, destinationBackupFileName: null);
                    }
                    else
                    {
                        File.Move(temporary, OutputFile);
                    }
                }

                Log.LogMessage(
                    MessageImportance.Normal,
                    "SpecSdk: {0} classes from {1} spec files, catalog of {2} bytes {3} '{4}' in {5} ms.",
                    catalog.Classes.Count.ToString(CultureInfo.InvariantCulture),
                    paths.Length.ToString(CultureInfo.InvariantCulture),
                    bytes.Length.ToString(CultureInfo.InvariantCulture),
                    changed ? "written to" : "unchanged in",
                    OutputFile,
                    watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture));
                return true;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogError(null, "SPECSDK002", null, OutputFile, 0, 0, 0, 0, "The spec catalog could not be written to '{0}': {1}", OutputFile, exception.Message);
                return false;
            }
        }
    }
}
