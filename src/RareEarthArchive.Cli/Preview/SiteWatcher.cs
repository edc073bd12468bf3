namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// Watches what a build reads (content/, themes/, site.config.yml) and calls back once per burst of changes:
/// editors write a file in several steps (temp file, rename, attribute change), and a save-all touches many.
/// Each change restarts a short quiet period; when it passes, the changed paths go to the callback together.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(100);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly string _siteDirectory;

    public SiteWatcher(string siteDirectory, Action<IReadOnlyList<string>> onChanges)
    {
        _siteDirectory = siteDirectory;
        _timer = new Timer(_ => Flush(onChanges));
        foreach (var folder in new[] { "content", "themes" })
        {
            var path = Path.Combine(siteDirectory, folder);
            if (Directory.Exists(path))
            {
                Add(new FileSystemWatcher(path) { IncludeSubdirectories = true });
            }
        }
        Add(new FileSystemWatcher(siteDirectory, "site.config.yml"));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _timer.Dispose();
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) => Note(e.FullPath);
        // A lost event (buffer overflow) could be any file: rebuild anyway.
        watcher.Error += (_, _) => Note(Path.Combine(watcher.Path, "(many files)"));
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Note(string fullPath)
    {
        lock (_gate)
        {
            _changed.Add(Path.GetRelativePath(_siteDirectory, fullPath).Replace('\\', '/'));
            _timer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush(Action<IReadOnlyList<string>> onChanges)
    {
        string[] changed;
        lock (_gate)
        {
            changed = [.. _changed];
            _changed.Clear();
        }
        if (changed.Length > 0)
        {
            onChanges(changed);
        }
    }
}
