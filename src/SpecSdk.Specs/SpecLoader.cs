using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpecSdk.Model;
using SpecSdk.Specs.Catalogs;

namespace SpecSdk.Specs
{
    /// <summary>Everything read from a folder of spec files.</summary>
    public sealed record LoadResult
    {
        /// <summary>Each file as read, ordered by path.</summary>
        public EquatableArray<SpecFile> Files { get; init; }

        /// <summary>The catalog joined from the files.</summary>
        public Catalog Catalog => Index.Catalog;

        /// <summary>The catalog's joins, made once for every reader of it.</summary>
        public CatalogIndex Index { get; init; } = new CatalogIndex(new Catalog());

        /// <summary>Every diagnostic: each file's, then the catalog rules', ordered by path and position.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; init; }

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == SpecSeverity.Error);
    }

    /// <summary>Reads every spec file (*.md) below a folder, in parallel, and builds the catalog.</summary>
    public static class SpecLoader
    {
        /// <summary>
        /// Reads <paramref name="directory"/>. Paths in the result are relative to it, with '/' separators.
        /// Folders whose names start with '.' are skipped; see <see cref="FindSpecFiles"/> for the walk's bounds.
        /// </summary>
        public static LoadResult LoadDirectory(string directory, SpecReaderOptions? options = null)
        {
            var root = Path.GetFullPath(directory);
            var scan = FindSpecFiles(root);
            var files = new SpecFile[scan.Paths.Count];
            Parallel.For(0, files.Length, i => files[i] = ReadFile(root, scan.Paths[i], options));
            return Load(files, scan.Problems);
        }

        /// <summary>
        /// The spec files (*.md) below <paramref name="directory"/>, relative to it with '/' separators, in ordinal
        /// order; folders whose names start with '.' are skipped. Links are followed, each folder once: a folder
        /// reached again (a link cycle, or a second link to it) and a folder that cannot be listed are problems of
        /// the scan, each a diagnostic at the folder's path.
        /// </summary>
        public static FileTreeScan FindSpecFiles(string directory) => FileTree.Scan(directory, ".md");

        /// <summary>
        /// Reads the spec file <paramref name="relativePath"/> of <paramref name="directory"/>: a file that cannot
        /// be opened gives SPEC018, one larger than the limit SPEC002 without being read, and an empty file, a pipe
        /// or a device (never opened) SPEC090.
        /// </summary>
        public static SpecFile ReadFile(string directory, string relativePath, SpecReaderOptions? options = null)
        {
            options ??= SpecReaderOptions.Default;
            FileBytes file;
            try
            {
                file = FileTree.Read(Path.Combine(Path.GetFullPath(directory), relativePath), options.MaxCharacters);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Security.SecurityException)
            {
                return SpecReader.Unreadable(relativePath, exception.Message);
            }

            var at = new SourceLocation { Path = relativePath };
            return file.Outcome switch
            {
                FileReadOutcome.Read => SpecReader.Read(relativePath, file.Bytes, options),
                FileReadOutcome.Missing => SpecReader.Unreadable(relativePath, "the file, or the file its link leads to, does not exist."),
                FileReadOutcome.Empty => new SpecFile { Path = relativePath, Diagnostics = new[] { SpecDiagnostics.EmptyFile.Create(at) } },
                _ => new SpecFile { Path = relativePath, Diagnostics = new[] { SpecDiagnostics.FileTooLarge.Create(at, file.Length, options.MaxCharacters) } },
            };
        }

        /// <summary>Builds the catalog from files already read, with the problems of the walk that found them.</summary>
        public static LoadResult Load(IReadOnlyList<SpecFile> files, IEnumerable<SpecDiagnostic>? scanProblems = null)
        {
            var catalog = CatalogBuilder.Build(files.Where(f => f.Document is not null).Select(f => f.Document!));
            var diagnostics = files.SelectMany(f => f.Diagnostics).Concat(scanProblems ?? Enumerable.Empty<SpecDiagnostic>()).Concat(catalog.Diagnostics)
                .OrderBy(d => d, SpecDiagnostic.Order)
                .ToArray();
            return new LoadResult { Files = files.ToArray(), Index = catalog.Index, Diagnostics = diagnostics };
        }
    }
}
