using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// Where the render phase puts every file as soon as it is made. A build writes each file into the staging folder
/// at once and keeps only its path and size (<see cref="ProducedFile"/>), so the memory a build holds does not grow
/// with its output: every page and export used to be held until the write phase (1.4 GiB at 1,000 sources for
/// 220 MiB of output, docs/performance.md). The preview and the tests keep the bytes (<see cref="InMemory"/>);
/// check keeps nothing. Thread-safe: pages arrive from several threads.
/// </summary>
internal sealed class OutputSink : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _duplicates = new(StringComparer.Ordinal);
    private readonly StagingFolder? _staging;
    private readonly bool _keep;
    private readonly List<OutputFile> _produced = [];
    private OutputFile?[] _pages = [];
    private int _files;
    private int _htmlFiles;

    private OutputSink(StagingFolder? staging, bool keep)
    {
        _staging = staging;
        _keep = keep;
    }

    /// <summary>Files are kept in memory when <paramref name="keep"/> (for <see cref="Files"/>), otherwise only counted.</summary>
    public static OutputSink InMemory(bool keep) => new(null, keep);

    /// <summary>Files are written into <paramref name="staging"/> as they arrive; their bytes are not kept.</summary>
    public static OutputSink Streaming(StagingFolder staging) => new(staging, keep: false);

    public StagingFolder? Staging => _staging;

    /// <summary>The first write that failed (the staging folder is then incomplete and must not be swapped in).</summary>
    public Exception? WriteFailure { get; private set; }

    public int FileCount => _files;

    /// <summary>Files whose path ends in .html, as the build's summary counts pages.</summary>
    public int PageCount => _htmlFiles;

    /// <summary>Every file kept, pages in plan order then the producers' files in their order (only when kept).</summary>
    public IReadOnlyList<OutputFile> Files => [.. _pages.OfType<OutputFile>(), .. _produced];

    /// <summary>Room for the pages, so that kept pages come back in plan order whatever thread rendered them.</summary>
    public void ExpectPages(int count) => _pages = new OutputFile?[count];

    /// <summary>A producer's file; what is left of it is what the downloads page reads.</summary>
    public ProducedFile Produced(OutputFile file)
    {
        if (Accept(file) && _keep)
        {
            lock (_gate)
            {
                _produced.Add(file);
            }
        }
        return new ProducedFile(file.Path, file.Content.Length, file.Listing);
    }

    /// <summary>The page planned at <paramref name="index"/>.</summary>
    public void Page(int index, OutputFile file)
    {
        if (Accept(file) && _keep)
        {
            _pages[index] = file;
        }
    }

    /// <summary>Two outputs for one path means a theme asset or producer shadows a page: an error, not a silent overwrite.</summary>
    public void ReportDuplicates(DiagnosticBag diagnostics)
    {
        foreach (var path in _duplicates)
        {
            diagnostics.Error(SourceLocation.FileStart(path), DiagnosticCodes.OutputFailed,
                $"two outputs would be written to '{path}' (a theme asset or page with the same path)");
        }
    }

    private bool Accept(OutputFile file)
    {
        lock (_gate)
        {
            if (!_paths.Add(file.Path))
            {
                _duplicates.Add(file.Path);
                return false;
            }
            _files++;
            if (file.Path.EndsWith(".html", StringComparison.Ordinal))
            {
                _htmlFiles++;
            }
            if (WriteFailure is not null)
            {
                return false;
            }
        }
        if (_staging is not null)
        {
            try
            {
                _staging.Write(file.Path, file.Content);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lock (_gate)
                {
                    WriteFailure ??= e;
                }
            }
        }
        return true;
    }

    /// <summary>Removes the staging folder unless it was swapped in.</summary>
    public void Dispose() => _staging?.Dispose();
}
