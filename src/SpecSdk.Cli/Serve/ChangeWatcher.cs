using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SpecSdk.Cli.Serve;

/// <summary>
/// Collects file-system changes below the watched folders and hands them over in batches, once no new change has
/// come for a moment. A watcher whose buffer overflowed asks for everything to be re-read.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly LiveSite site;
    private readonly List<FileSystemWatcher> watchers = new();
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0);
    private bool everything;

    public ChangeWatcher(LiveSite site, IEnumerable<string> folders)
    {
        this.site = site;
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                lock (pending)
                {
                    everything = true;
                }

                signal.Release();
            };
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for <paramref name="settle"/> without one; returns what changed.</summary>
    public async Task<(IReadOnlyCollection<string> Changes, bool Everything)> NextAsync(TimeSpan settle, CancellationToken cancellation)
    {
        await signal.WaitAsync(cancellation).ConfigureAwait(false);
        while (await signal.WaitAsync(settle, cancellation).ConfigureAwait(false))
        {
        }

        lock (pending)
        {
            var changes = pending.ToList();
            var all = everything;
            pending.Clear();
            everything = false;
            return (changes, all);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        signal.Dispose();
    }

    private void Add(string fullPath)
    {
        if (!site.Watches(fullPath))
        {
            return;
        }

        lock (pending)
        {
            pending.Add(fullPath);
        }

        signal.Release();
    }
}
