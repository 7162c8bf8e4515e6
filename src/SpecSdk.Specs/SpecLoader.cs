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
        public Catalog Catalog { get; init; } = new Catalog();

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
        /// Folders whose names start with '.' are skipped.
        /// </summary>
        public static LoadResult LoadDirectory(string directory, SpecReaderOptions? options = null)
        {
            var root = Path.GetFullPath(directory);
            var paths = FindSpecFiles(root);
            var files = new SpecFile[paths.Count];
            Parallel.For(0, paths.Count, i => files[i] = ReadFile(root, paths[i], options));
            return Load(files);
        }

        /// <summary>
        /// The spec files below <paramref name="directory"/>, relative to it with '/' separators, in ordinal order;
        /// folders whose names start with '.' are skipped.
        /// </summary>
        public static IReadOnlyList<string> FindSpecFiles(string directory)
        {
            var root = Path.GetFullPath(directory);
            return EnumerateSpecFiles(root).Select(p => Relative(root, p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        }

        /// <summary>Reads the spec file <paramref name="relativePath"/> of <paramref name="directory"/>; an unreadable file gives SPEC002.</summary>
        public static SpecFile ReadFile(string directory, string relativePath, SpecReaderOptions? options = null)
        {
            var fullPath = Path.Combine(Path.GetFullPath(directory), relativePath);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return SpecReader.Unreadable(relativePath, exception.Message);
            }

            return SpecReader.Read(relativePath, bytes, options);
        }

        /// <summary>Builds the catalog from files already read.</summary>
        public static LoadResult Load(IReadOnlyList<SpecFile> files)
        {
            var catalog = CatalogBuilder.Build(files.Where(f => f.Document is not null).Select(f => f.Document!));
            var diagnostics = files.SelectMany(f => f.Diagnostics).Concat(catalog.Diagnostics)
                .OrderBy(d => d, SpecDiagnostic.Order)
                .ToArray();
            return new LoadResult { Files = files.ToArray(), Catalog = catalog.Catalog, Diagnostics = diagnostics };
        }

        private static IEnumerable<string> EnumerateSpecFiles(string directory)
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.md"))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                if (Path.GetFileName(child).StartsWith(".", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var file in EnumerateSpecFiles(child))
                {
                    yield return file;
                }
            }
        }

        private static string Relative(string root, string path)
        {
            var relative = path.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return relative.Replace('\\', '/');
        }
    }
}
