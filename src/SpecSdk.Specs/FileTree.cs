using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SpecSdk.Model;

namespace SpecSdk.Specs
{
    /// <summary>The files found below a folder, and the folders that could not be walked.</summary>
    public sealed record FileTreeScan
    {
        /// <summary>The files, relative to the folder with '/' separators, in ordinal order.</summary>
        public EquatableArray<string> Paths { get; init; }

        /// <summary>A diagnostic at each folder skipped: reached already through a link, or unreadable.</summary>
        public EquatableArray<SpecDiagnostic> Problems { get; init; }
    }

    /// <summary>What <see cref="FileTree.Read"/> found.</summary>
    public enum FileReadOutcome
    {
        /// <summary>The bytes were read.</summary>
        Read,

        /// <summary>No file is there, or a link leads nowhere.</summary>
        Missing,

        /// <summary>No bytes: an empty file, or a pipe or device (which has no size), never opened.</summary>
        Empty,

        /// <summary>Larger than the limit; not read.</summary>
        TooLarge,
    }

    /// <summary>A file read within bounds: the outcome, the bytes when read, and the size found.</summary>
    public sealed record FileBytes(FileReadOutcome Outcome, byte[] Bytes, long Length);

    /// <summary>
    /// Walks a folder and reads its files within bounds: no file read past a size limit, nothing opened that is not
    /// a regular file with bytes in it (a pipe blocks its reader, a device never ends), each folder visited once
    /// however many links lead to it, and any folder that cannot be listed reported where it is. The spec loader
    /// and the importer both read through it.
    /// </summary>
    public static class FileTree
    {
        /// <summary>ENAMETOOLONG, a path longer than the system resolves, on Linux and on macOS.</summary>
        private const int NameTooLongLinux = 36;
        private const int NameTooLongMac = 63;

        /// <summary>
        /// The files named <c>*<paramref name="extension"/></c> below <paramref name="directory"/>; folders whose names start with '.' are skipped.
        /// </summary>
        public static FileTreeScan Scan(string directory, string extension)
        {
            var root = Path.GetFullPath(directory);
            var paths = new List<string>();
            var problems = new List<SpecDiagnostic>();
            var visited = new Dictionary<string, string>(StringComparer.Ordinal);
            var pending = new Stack<(string FullPath, string Relative, string Identity)>();
            var rootIdentity = RealPath(root, out _) ?? root;
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
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Security.SecurityException || exception is ArgumentException)
                {
                    problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(relative), exception.Message));
                    continue;
                }

                foreach (var entry in entries)
                {
                    if ((int)entry.Attributes == -1 || entry.FullName.Length == 0)
                    {
                        // .NET's answer for an entry whose path the system refuses: no name, no attributes.
                        problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(relative), "the names in it make paths longer than the system allows (the folder's own path has " + folder.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters); move the specs into a shallower folder."));
                        break;
                    }

                    var name = entry.Name;
                    var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                    var linked = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    if ((entry.Attributes & FileAttributes.Directory) == 0)
                    {
                        if (name.EndsWith(extension, StringComparison.Ordinal) && !(linked && Directory.Exists(entry.FullName)))
                        {
                            paths.Add(childRelative);
                        }
                        else if (linked && Directory.Exists(entry.FullName) && !name.StartsWith(".", StringComparison.Ordinal))
                        {
                            Visit(entry.FullName, childRelative, RealPath(entry.FullName, out var failure), failure, visited, pending, problems);
                        }

                        continue;
                    }

                    if (name.StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    string? why = null;
                    Visit(entry.FullName, childRelative, linked ? RealPath(entry.FullName, out why) : identity + "/" + name, why, visited, pending, problems);
                }
            }

            return new FileTreeScan
            {
                Paths = paths.OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                Problems = problems.OrderBy(p => p, SpecDiagnostic.Order).ToArray(),
            };
        }

        /// <summary>
        /// Reads the file at <paramref name="fullPath"/> — its final target, when it is a link — only when that is a
        /// file with bytes in it, and never more than <paramref name="limit"/> bytes. Throws what the system throws
        /// when the file cannot be opened (IOException, UnauthorizedAccessException).
        /// </summary>
        public static FileBytes Read(string fullPath, int limit)
        {
            var target = new FileInfo(RealPath(fullPath, out _) ?? fullPath);
            if (!target.Exists)
            {
                return new FileBytes(FileReadOutcome.Missing, Array.Empty<byte>(), 0);
            }

            if (target.Length == 0)
            {
                return new FileBytes(FileReadOutcome.Empty, Array.Empty<byte>(), 0);
            }

            if (target.Length > limit)
            {
                return new FileBytes(FileReadOutcome.TooLarge, Array.Empty<byte>(), target.Length);
            }

            // Read what the file held when it was measured, plus one byte to see that it grew past the limit.
            var size = (int)Math.Min(target.Length + 1, (long)limit + 1);
            var bytes = new byte[size];
            var read = 0;
            using (var stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan))
            {
                int count;
                while (read < size && (count = stream.Read(bytes, read, size - read)) > 0)
                {
                    read += count;
                }
            }

            if (read > limit)
            {
                return new FileBytes(FileReadOutcome.TooLarge, Array.Empty<byte>(), read);
            }

            Array.Resize(ref bytes, read);
            return new FileBytes(FileReadOutcome.Read, bytes, read);
        }

        private static void Visit(string fullPath, string relative, string? identity, string? failure, Dictionary<string, string> visited, Stack<(string, string, string)> pending, List<SpecDiagnostic> problems)
        {
            if (identity is null)
            {
                problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(relative), failure ?? "it could not be resolved."));
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

        /// <summary>
        /// The path with every link resolved (realpath), which names a folder however it is reached; null, with the
        /// reason in <paramref name="failure"/>, when it cannot be resolved, and on Windows, which has no such call
        /// here (so links to folders are not followed there).
        /// </summary>
        private static string? RealPath(string path, out string? failure)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                failure = "it is a link (a junction or symbolic link), and links to folders are not followed on Windows; move the specs into the folder itself.";
                return null;
            }

            var resolved = NativeMethods.realpath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                var error = Marshal.GetLastWin32Error();
                failure = error == NameTooLongLinux || error == NameTooLongMac
                    ? "its path is longer than the system allows (" + path.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters); move the specs into a shallower folder."
                    : "it is a link whose target does not exist or cannot be resolved (error " + error.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").";
                return null;
            }

            failure = null;
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
