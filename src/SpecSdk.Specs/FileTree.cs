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
        /// The files whose names end in one of <paramref name="extensions"/> below <paramref name="directory"/>; folders whose names start with '.' are skipped.
        /// </summary>
        public static FileTreeScan Scan(string directory, params string[] extensions)
        {
            var root = Path.GetFullPath(directory);
            var paths = new List<string>();
            var problems = new List<SpecDiagnostic>();
            var visited = new Dictionary<string, string>(StringComparer.Ordinal);
            var pending = new Stack<Folder>();
            var links = new List<Folder>();
            var rootIdentity = RealPath(root, out _) ?? root;
            visited[rootIdentity] = string.Empty;
            pending.Push(new Folder(root, string.Empty, rootIdentity, 0));

            // Every folder reached without a link first, then the links in order of their paths, so that a folder
            // is read under its own name however the system orders a listing, and a link to it is what gets skipped.
            while (pending.Count > 0 || links.Count > 0)
            {
                if (pending.Count == 0)
                {
                    foreach (var link in links.OrderByDescending(l => l.Relative, StringComparer.Ordinal))
                    {
                        Follow(link, visited, pending, problems);
                    }

                    links.Clear();
                    continue;
                }

                var folder = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = new DirectoryInfo(folder.FullPath).GetFileSystemInfos();
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Security.SecurityException || exception is ArgumentException)
                {
                    problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(folder.Relative), exception.Message));
                    continue;
                }

                foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    if ((int)entry.Attributes == -1 || entry.FullName.Length == 0)
                    {
                        // .NET's answer for an entry whose path the system refuses: no name, no attributes.
                        problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(folder.Relative), "the names in it make paths longer than the system allows (the folder's own path has " + folder.FullPath.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters); move the specs into a shallower folder."));
                        break;
                    }

                    var name = entry.Name;
                    var relative = folder.Relative.Length == 0 ? name : folder.Relative + "/" + name;
                    var linked = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    var isFolder = (entry.Attributes & FileAttributes.Directory) != 0 || (linked && Directory.Exists(entry.FullName));
                    if (!isFolder)
                    {
                        if (extensions.Any(extension => name.EndsWith(extension, StringComparison.Ordinal)))
                        {
                            paths.Add(relative);
                        }
                    }
                    else if (!name.StartsWith(".", StringComparison.Ordinal))
                    {
                        var child = new Folder(entry.FullName, relative, folder.Identity + "/" + name, folder.Links + (linked ? 1 : 0));
                        if (linked)
                        {
                            links.Add(child);
                        }
                        else
                        {
                            Visit(child, visited, pending, problems);
                        }
                    }
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

            // A pipe or a device has no size; Windows has none in the file system, and gives a link's own size.
            var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
            if (target.Length == 0 && !windows)
            {
                return new FileBytes(FileReadOutcome.Empty, Array.Empty<byte>(), 0);
            }

            if (target.Length > limit)
            {
                return new FileBytes(FileReadOutcome.TooLarge, Array.Empty<byte>(), target.Length);
            }

            // Read to the end, but never past one byte more than the limit: a file that grew since it was measured
            // is read whole or refused, never cut.
            var bytes = new byte[(int)Math.Min(Math.Max(target.Length, 4096) + 1, (long)limit + 1)];
            var read = 0;
            using (var stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan))
            {
                int count;
                while ((count = stream.Read(bytes, read, bytes.Length - read)) > 0)
                {
                    read += count;
                    if (read > limit)
                    {
                        return new FileBytes(FileReadOutcome.TooLarge, Array.Empty<byte>(), read);
                    }

                    if (read == bytes.Length)
                    {
                        Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, (long)limit + 1));
                    }
                }
            }

            if (read == 0)
            {
                return new FileBytes(FileReadOutcome.Empty, Array.Empty<byte>(), 0);
            }

            Array.Resize(ref bytes, read);
            return new FileBytes(FileReadOutcome.Read, bytes, read);
        }

        /// <summary>A folder to read: where it is, its path in the scan, what it is (its real path), and how many links led to it.</summary>
        private sealed class Folder
        {
            public Folder(string fullPath, string relative, string identity, int links)
            {
                FullPath = fullPath;
                Relative = relative;
                Identity = identity;
                Links = links;
            }

            public string FullPath { get; }

            public string Relative { get; }

            public string Identity { get; set; }

            public int Links { get; }
        }

        /// <summary>
        /// Resolves a linked folder and reads it unless it is read already. Where links cannot be resolved (Windows,
        /// here) a linked folder is followed under its own path, but not a link inside it, which bounds a cycle.
        /// </summary>
        private static void Follow(Folder link, Dictionary<string, string> visited, Stack<Folder> pending, List<SpecDiagnostic> problems)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                if (link.Links > 1)
                {
                    problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(link.Relative), "it is a link inside a linked folder, which Windows cannot be asked to resolve, so it is not followed (a cycle of links would never end); link to the folder itself."));
                    return;
                }

                link.Identity = Path.GetFullPath(link.FullPath);
                Visit(link, visited, pending, problems);
                return;
            }

            if (RealPath(link.FullPath, out var failure) is not { } identity)
            {
                problems.Add(SpecDiagnostics.FolderUnreadable.Create(At(link.Relative), failure ?? "it could not be resolved."));
                return;
            }

            link.Identity = identity;
            Visit(link, visited, pending, problems);
        }

        private static void Visit(Folder folder, Dictionary<string, string> visited, Stack<Folder> pending, List<SpecDiagnostic> problems)
        {
            if (visited.TryGetValue(folder.Identity, out var first))
            {
                problems.Add(SpecDiagnostics.FolderReadTwice.Create(At(folder.Relative), folder.Identity, first.Length == 0 ? " as the spec folder itself" : " as '" + first + "'"));
                return;
            }

            visited[folder.Identity] = folder.Relative;
            pending.Push(folder);
        }

        private static SourceLocation At(string path) => new SourceLocation { Path = path };

        /// <summary>
        /// The path with every link resolved (realpath), which names a folder however it is reached; null, with the
        /// reason in <paramref name="failure"/>, when it cannot be resolved. On Windows, which has no such call here,
        /// null with no reason: callers keep the path as it is (see <see cref="Follow"/>).
        /// </summary>
        private static string? RealPath(string path, out string? failure)
        {
            failure = null;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
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
