using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SpecSdk.Model;

namespace SpecSdk.Specs
{
    /// <summary>The spec files found below a folder, and the folders that could not be walked.</summary>
    public sealed record SpecTreeScan
    {
        /// <summary>The spec files, relative to the folder with '/' separators, in ordinal order.</summary>
        public EquatableArray<string> Paths { get; init; }

        /// <summary>A diagnostic at each folder skipped: reached already through a link, or unreadable.</summary>
        public EquatableArray<SpecDiagnostic> Problems { get; init; }
    }

    /// <summary>
    /// Walks a folder of spec files and reads them within bounds: no file read past the size limit, nothing opened
    /// that is not a regular file with bytes in it (a pipe blocks its reader, a device never ends), each folder
    /// visited once however many links lead to it, and any folder that cannot be listed reported where it is.
    /// </summary>
    internal static class SpecTree
    {
        /// <summary>The longest path Linux resolves (PATH_MAX).</summary>
        private const int PathLimit = 4096;

        public static SpecTreeScan Scan(string directory)
        {
            var root = Path.GetFullPath(directory);
            var paths = new List<string>();
            var problems = new List<SpecDiagnostic>();
            var visited = new Dictionary<string, string>(StringComparer.Ordinal);
            var pending = new Stack<(string FullPath, string Relative, string Identity)>();
            var rootIdentity = RealPath(root) ?? root;
            visited[rootIdentity] = string.Empty;
            pending.Push((root, string.Empty, rootIdentity));
            while (pending.Count > 0)
            {
                var (folder, relative, identity) = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = new DirectoryInfo(folder).GetFileSystemInfos();
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Security.SecurityException)
                {
                    problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(relative), exception.Message));
                    continue;
                }

                foreach (var entry in entries)
                {
                    var name = entry.Name;
                    var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                    var linked = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    if ((entry.Attributes & FileAttributes.Directory) == 0)
                    {
                        if (name.EndsWith(".md", StringComparison.Ordinal) && !(linked && Directory.Exists(entry.FullName)))
                        {
                            paths.Add(childRelative);
                        }
                        else if (linked && Directory.Exists(entry.FullName) && !name.StartsWith(".", StringComparison.Ordinal))
                        {
                            Visit(entry.FullName, childRelative, RealPath(entry.FullName), visited, pending, problems);
                        }

                        continue;
                    }

                    if (name.StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Visit(entry.FullName, childRelative, linked ? RealPath(entry.FullName) : identity + "/" + name, visited, pending, problems);
                }
            }

            return new SpecTreeScan
            {
                Paths = paths.OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                Problems = problems.OrderBy(p => p, SpecDiagnostic.Order).ToArray(),
            };
        }

        /// <summary>
        /// Reads the spec file at <paramref name="fullPath"/>: its final target, when it is a link, only when that is
        /// a file with bytes in it, and never more than the size limit allows.
        /// </summary>
        public static SpecFile Read(string fullPath, string relativePath, SpecReaderOptions options)
        {
            try
            {
                var target = new FileInfo(RealPath(fullPath) ?? fullPath);
                if (!target.Exists)
                {
                    return SpecReader.Unreadable(relativePath, "the file, or the file its link leads to, does not exist.");
                }

                if (target.Length == 0)
                {
                    return Problem(relativePath, SpecDiagnostics.EmptyFile);
                }

                if (target.Length > options.MaxCharacters)
                {
                    return Problem(relativePath, SpecDiagnostics.FileTooLarge, target.Length, options.MaxCharacters);
                }

                // Read what the file held when it was measured, plus one byte to see that it grew past the limit.
                var limit = (int)Math.Min(target.Length + 1, (long)options.MaxCharacters + 1);
                var bytes = new byte[limit];
                var read = 0;
                using (var stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan))
                {
                    int count;
                    while (read < limit && (count = stream.Read(bytes, read, limit - read)) > 0)
                    {
                        read += count;
                    }
                }

                if (read < bytes.Length)
                {
                    Array.Resize(ref bytes, read);
                }

                return SpecReader.Read(relativePath, bytes, options);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Security.SecurityException)
            {
                return SpecReader.Unreadable(relativePath, exception.Message);
            }
        }

        private static void Visit(string fullPath, string relative, string? identity, Dictionary<string, string> visited, Stack<(string, string, string)> pending, List<SpecDiagnostic> problems)
        {
            if (identity is null)
            {
                problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(relative), RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                    ? "it is a link (a junction or symbolic link), and links to folders are not followed on Windows; move the specs into the folder itself."
                    : fullPath.Length >= PathLimit
                        ? "its path has " + fullPath.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters, more than the system allows; move the specs into a shallower folder."
                        : "it is a link whose target does not exist or cannot be resolved."));
                return;
            }

            if (visited.TryGetValue(identity, out var first))
            {
                problems.Add(SpecDiagnostics.FolderReadTwice.Create(At(relative), identity, first.Length == 0 ? " as the spec folder itself" : " as '" + first + "'"));
                return;
            }

            visited[identity] = relative;
            pending.Push((fullPath, relative, identity));
        }

        private static SourceLocation At(string path) => new SourceLocation { Path = path };

        private static SpecFile Problem(string path, SpecDiagnosticDescriptor descriptor, params object[] arguments) =>
            new SpecFile { Path = path, Diagnostics = new[] { descriptor.Create(At(path), arguments) } };

        /// <summary>
        /// The path with every link resolved (realpath), which names a folder however it is reached; null when a
        /// link leads nowhere, and on Windows, which has no such call here (so links to folders are not followed there).
        /// </summary>
        private static string? RealPath(string path)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return null;
            }

            var resolved = NativeMethods.realpath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringAnsi(resolved);
            }
            finally
            {
                NativeMethods.free(resolved);
            }
        }

        private static class NativeMethods
        {
            [DllImport("libc", SetLastError = true)]
            public static extern IntPtr realpath(string path, IntPtr resolved);

            [DllImport("libc")]
            public static extern void free(IntPtr pointer);
        }
    }
}
