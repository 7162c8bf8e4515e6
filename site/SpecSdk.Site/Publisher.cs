using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace SpecSdk.Site;

/// <summary>
/// Puts a finished site where the output folder is, so that the folder always holds a whole site: the previous
/// one until the new one is complete, then the new one. A build writes into a staging folder beside the output
/// (<c>._site.building-ID</c>), then swaps the two in one step where the system has one — Linux's
/// <c>renameat2(RENAME_EXCHANGE)</c>, macOS's <c>renamex_np(RENAME_SWAP)</c> — and deletes the old site under the
/// staging name. Elsewhere (Windows, or a file system without the exchange) the old site is renamed aside and the new
/// one renamed in: two steps, between which the folder is missing for a moment. A build killed at any point leaves
/// the output whole and, beside it, a staging folder the next build removes. One build at a time writes to an
/// output folder: the lock file <c>._site.lock</c> beside it, there while a build runs. The build's state
/// (<see cref="BuildState"/>) is written beside the staging folder and put in place as <c>._site.state</c> once the
/// site is swapped in.
/// </summary>
internal sealed class Publisher : IDisposable
{
    private const string Building = ".building-";
    private const string Old = ".old-";
    private const string State = ".state";
    private const string NewState = ".state.new-";

    private readonly FileStream lockFile;

    private Publisher(string output, FileStream lockFile)
    {
        Output = output;
        this.lockFile = lockFile;
        var id = Guid.NewGuid().ToString("N");
        Staging = Sibling(output, Building + id);
        NewStatePath = Sibling(output, NewState + id);
    }

    /// <summary>Where the build writes its state; it becomes the output's state when the site is published.</summary>
    public string NewStatePath { get; }

    /// <summary>The folder the site is published to.</summary>
    public string Output { get; }

    /// <summary>The folder the new site is written into.</summary>
    public string Staging { get; }

    /// <summary>
    /// Takes the output folder for one build and removes what interrupted builds left beside it; throws
    /// <see cref="SiteException"/> when another build holds it.
    /// </summary>
    public static Publisher Begin(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var lockPath = Sibling(output, ".lock");
        FileStream lockFile;
        try
        {
            // Deleted when the build lets go of it, so that no folder keeps a lock file between builds.
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException exception) when (IsLockConflict(exception))
        {
            throw new SiteException($"Another build is writing the handbook to '{output}' now; wait for it to finish.");
        }

        var publisher = new Publisher(output, lockFile);
        publisher.RemoveLeftovers();
        return publisher;
    }

    /// <summary>The state of the site in the output folder, or null when there is none that belongs to it.</summary>
    public BuildState? Previous() => BuildState.Read(StatePath, SiteBuilder.MarkerId(Path.Combine(Output, SiteBuilder.Marker)));

    /// <summary>Where the state of the site in the output folder is: <c>._site.state</c> beside it.</summary>
    private string StatePath => Sibling(Output, State);

    /// <summary>
    /// Swaps the finished staging folder in for the output folder, puts the build's state beside it and deletes the
    /// previous site. The files the new site kept from the previous one are links to the same data, which stays.
    /// </summary>
    public void Publish()
    {
        var previous = Swap();
        // The state goes in as soon as its site is in place: a build killed while the previous site is deleted (the
        // slow part) leaves the next build a state to use.
        if (File.Exists(NewStatePath))
        {
            try
            {
                File.Move(NewStatePath, StatePath, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // The state left beside the site names the previous build, so the next build makes every file.
            }
        }

        if (previous is not null)
        {
            DeleteIfPossible(previous);
        }
    }

    /// <summary>Puts the staging folder in the output's place; returns where the previous site now is, or null when there was none.</summary>
    private string? Swap()
    {
        if (!Directory.Exists(Output))
        {
            Directory.Move(Staging, Output);
            return null;
        }

        if (Exchange(Staging, Output))
        {
            // The staging name now holds the previous site.
            return Staging;
        }

        var old = Sibling(Output, Old + Guid.NewGuid().ToString("N"));
        Directory.Move(Output, old);
        try
        {
            Directory.Move(Staging, Output);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            Directory.Move(old, Output);
            throw;
        }

        return old;
    }

    /// <summary>Removes the staging folder when the build did not publish it, and lets the output go.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Staging))
            {
                Delete(Staging);
            }

            File.Delete(NewStatePath);
        }
        finally
        {
            lockFile.Dispose();
        }
    }

    /// <summary>
    /// The staging and set-aside folders of builds that were killed before they could remove them. A build killed
    /// between the two steps of the two-step swap left no output and the previous site set aside: that is put back.
    /// </summary>
    private void RemoveLeftovers()
    {
        var parent = Path.GetDirectoryName(Output)!;
        // Builds before the folders were hidden set the old site aside as '_site.old-ID'.
        var setAside = new[] { Sibling(Output, Old), Output + Old };
        var leftovers = Directory.EnumerateDirectories(parent)
            .Where(folder => setAside.Append(Sibling(Output, Building)).Any(prefix => folder.StartsWith(prefix, StringComparison.Ordinal) && IsId(folder.Substring(prefix.Length))))
            .ToList();
        if (!Directory.Exists(Output) && leftovers
            .Where(folder => setAside.Any(prefix => folder.StartsWith(prefix, StringComparison.Ordinal)) && File.Exists(Path.Combine(folder, SiteBuilder.Marker)))
            .OrderByDescending(folder => Directory.GetLastWriteTimeUtc(folder))
            .FirstOrDefault() is { } previous)
        {
            Directory.Move(previous, Output);
            leftovers.Remove(previous);
        }

        foreach (var folder in leftovers)
        {
            Delete(folder);
        }

        var states = Sibling(Output, NewState);
        foreach (var file in Directory.EnumerateFiles(parent).Where(file => file.StartsWith(states, StringComparison.Ordinal) && IsId(file.Substring(states.Length))))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Makes <paramref name="link"/> a second name of the file <paramref name="existing"/> (a hard link: no bytes
    /// copied); false where the file system or the system has none, or the file is gone.
    /// </summary>
    public static bool TryLink(string existing, string link)
    {
        try
        {
            return RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? NativeMethods.CreateHardLinkW(link, existing, IntPtr.Zero)
                : NativeMethods.link(existing, link) == 0;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException || exception is DllNotFoundException)
        {
            // No C library to call: the file is made instead.
            return false;
        }
    }

    /// <summary>
    /// True when the lock is held by another process: EWOULDBLOCK from flock (11 on Linux, 35 on macOS), or a sharing
    /// violation on Windows; any other failure (a read-only disk, a missing folder) is what it is.
    /// </summary>
    private static bool IsLockConflict(IOException exception) =>
        exception.HResult is 11 or 35 || exception.HResult == unchecked((int)0x80070020);

    /// <summary>Deletes a previous site once the new one is in place; what cannot be deleted now the next build removes.</summary>
    private static void DeleteIfPossible(string folder)
    {
        try
        {
            Delete(folder);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            // The new site is published; the folder keeps a leftover's name, which the next build looks for.
        }
    }

    /// <summary>A hidden name beside the output: <c>._site</c> followed by <paramref name="suffix"/>.</summary>
    private static string Sibling(string output, string suffix) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", "." + Path.GetFileName(output) + suffix);

    private static bool IsId(string text) => text.Length == 32 && text.All(Uri.IsHexDigit);

    private static void Delete(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Exchanges two folders' names in one step; false where the system or the file system cannot.</summary>
    private static bool Exchange(string first, string second)
    {
        try
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                return NativeMethods.renameat2(NativeMethods.AtCurrentDirectory, first, NativeMethods.AtCurrentDirectory, second, NativeMethods.RenameExchange) == 0;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
            {
                return NativeMethods.renamex_np(first, second, NativeMethods.RenameSwap) == 0;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException || exception is DllNotFoundException)
        {
            // A C library without the call (glibc before 2.28), or none: the two-step move below.
        }

        return false;
    }

    private static class NativeMethods
    {
        public const int AtCurrentDirectory = -100;
        public const uint RenameExchange = 2;
        public const uint RenameSwap = 2;

        [DllImport("libc", SetLastError = true)]
        public static extern int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int renamex_np(string from, string to, uint flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int link(string existing, string link);

        [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool CreateHardLinkW(string link, string existing, IntPtr security);
    }
}
