using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace SpecSdk.Specs.Projects
{
    /// <summary>
    /// The spec files of a C# project (its <c>JobSpec</c> items), read the same way by the source generator and by the
    /// package's build task, so the generated code and the embedded catalog describe the same classes.
    /// </summary>
    public static class ProjectSpecs
    {
        /// <summary>
        /// The path a spec is known by: relative to the project folder with '/' separators, so generated code is the same
        /// on every machine; a file outside the project folder by its path from there (<c>../seeds/kentucky/jurisdiction.md</c>),
        /// so that two files of one name in different folders stay two, each diagnostic at its own.
        /// </summary>
        public static string PathOf(string projectDirectory, string fullPath)
        {
            var normalized = fullPath.Replace('\\', '/');
            var root = projectDirectory.Replace('\\', '/');
            if (root.Length > 0 && !root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (root.Length > 0 && normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }

            return root.Length > 0 && Path.IsPathRooted(normalized) ? Relative(root, normalized) : Path.GetFileName(normalized);
        }

        /// <summary>
        /// <paramref name="path"/> from <paramref name="root"/> (both absolute, '/' separators, the root ending in '/'):
        /// up from the root to the folders they share, then down (netstandard2.0 has no Path.GetRelativePath).
        /// </summary>
        private static string Relative(string root, string path)
        {
            var from = root.TrimEnd('/').Split('/');
            var to = path.Split('/');
            var shared = 0;
            while (shared < from.Length && shared < to.Length - 1 && string.Equals(from[shared], to[shared], StringComparison.OrdinalIgnoreCase))
            {
                shared++;
            }

            var parts = new List<string>();
            for (var i = shared; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (var i = shared; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }

        /// <summary>Reads the files at <paramref name="fullPaths"/> in parallel, each known by its <see cref="PathOf"/>, in the same order.</summary>
        public static SpecFile[] Read(string projectDirectory, IReadOnlyList<string> fullPaths)
        {
            var files = new SpecFile[fullPaths.Count];
            Parallel.For(0, fullPaths.Count, i =>
            {
                var path = PathOf(projectDirectory, fullPaths[i]);
                try
                {
                    // As text, decoded as the compiler decodes an additional file, so this reads what the generator reads.
                    files[i] = SpecReader.Read(path, File.ReadAllText(fullPaths[i]));
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    files[i] = SpecReader.Unreadable(path, exception.Message);
                }
            });
            return files;
        }
    }
}
