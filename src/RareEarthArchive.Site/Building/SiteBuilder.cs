using System.Diagnostics;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Pages;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Site.Theming;
using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// Runs a build in named phases: load → validate → assemble → render → write. Each phase reports through its own
/// writer into one collection of diagnostics; the build stops after the first phase that found errors, and nothing
/// is written then.
/// </summary>
public sealed class SiteBuilder
{
    private readonly IReadOnlyList<ISiteOutputs> _outputs;

    private SiteBuilder(IReadOnlyList<ISiteOutputs> outputs)
    {
        _outputs = outputs;
    }

    /// <summary>
    /// The product: a builder with every file the site publishes besides its pages. It is the only way to get a
    /// builder, so what a test, the preview or the benchmark builds is what <c>rea build</c> builds.
    /// </summary>
    public static SiteBuilder Create(ProductOptions? options = null)
    {
        options ??= new ProductOptions();
        return new SiteBuilder(
        [
            new SearchIndexOutputs(options.SearchShardTargetBytes, options.SearchDisplayChunkSize, options.SearchDisplayDirectorySize),
            new DataExportOutputs(),
            new SitemapOutputs(),
            new AtomFeedOutputs(),
            new ThemeAssetOutputs(),
            new NoJekyllOutputs(),
            .. options.ExtraOutputs ?? [],
        ]);
    }

    /// <summary>
    /// Every check a build makes, writing nothing: every page is rendered in memory, so a template that fails at run
    /// time (REA504) or two outputs for one path fail check exactly as they fail build. Of the producers it runs
    /// only what can end in a diagnostic (<see cref="ISiteOutputs.Check"/>: not the search index), and it does not
    /// write.
    /// </summary>
    public BuildResult Check(BuildOptions options) => Run(options, RunKind.Check);

    /// <summary>A full build into the output folder (replaced only when everything succeeded).</summary>
    public BuildResult Build(BuildOptions options) => Run(options, RunKind.Write);

    /// <summary>A full build kept in memory: what <see cref="Build"/> would write, for tests and the preview server.</summary>
    public (BuildResult Result, IReadOnlyList<OutputFile> Files) BuildInMemory(BuildOptions options)
    {
        IReadOnlyList<OutputFile> files = [];
        var result = Run(options, RunKind.InMemory, f => files = f);
        return (result, files);
    }

    private enum RunKind
    {
        /// <summary>Only what can report a problem; nothing kept.</summary>
        Check,

        /// <summary>Every file, kept in memory.</summary>
        InMemory,

        /// <summary>Every file, written to the output folder.</summary>
        Write,
    }

    private BuildResult Run(BuildOptions options, RunKind kind, Action<IReadOnlyList<OutputFile>>? capture = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<PhaseTiming>();
        var steps = new List<StepTiming>();
        var clock = Stopwatch.StartNew();
        void Mark(BuildPhase phase)
        {
            timings.Add(new PhaseTiming(phase, clock.Elapsed));
            options.Progress?.PhaseFinished(phase, clock.Elapsed);
            clock.Restart();
        }
        BuildResult Done(int pages = 0, int files = 0, string? output = null) =>
            new(diagnostics.Sorted(), pages, files, timings, output) { RenderSteps = steps };

        var load = diagnostics.For(BuildPhase.Load);
        var loaded = ArchiveLoader.Load(options.SiteDirectory, load);
        var config = loaded.Config;
        if (config is not null && options.BaseUrl is not null)
        {
            config = config.WithBaseUrl(options.BaseUrl);
            loaded = loaded with { Config = config };
        }
        var theme = config is null ? null : ThemeLoader.Load(options.SiteDirectory, config.Theme, load);
        Mark(BuildPhase.Load);

        // Validate whatever loaded, even after load errors (a broken config included): every independent problem in one run.
        var validated = ArchiveValidator.Validate(loaded, diagnostics.For(BuildPhase.Validate));
        Mark(BuildPhase.Validate);
        if (diagnostics.HasErrors || validated is null || theme is null)
        {
            return Done();
        }

        var site = SiteAssembler.Assemble(validated);
        Mark(BuildPhase.Assemble);

        var render = diagnostics.For(BuildPhase.Render);
        var urls = new SiteUrls(site.Config.BaseUrl);
        var context = new SiteOutputContext(site, urls, theme, options.BuildTime, PagePlanner.Plan(site, urls, new ViewFactory(site, urls)));
        var parallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount;
        // A build writes each file into the staging folder as it is made and lets its bytes go; only the in-memory
        // build keeps them. An output folder the build may not replace is reported in the write phase, as before:
        // a build whose render failed reports the render's problems only.
        string? output = null;
        string? outputProblem = null;
        var staging = kind == RunKind.Write ? OutputFolder.OpenStaging(options.ResolvedOutputDirectory, options.SiteDirectory, out output, out outputProblem) : null;
        using var sink = staging is not null ? OutputSink.Streaming(staging) : OutputSink.InMemory(keep: capture is not null);
        // Producers first, so the pages (the downloads page) can describe what they made without making it again.
        var step = Stopwatch.StartNew();
        var produced = new List<ProducedFile>();
        foreach (var producer in _outputs)
        {
            step.Restart();
            // One file at a time: a producer that yields its files lazily (the Web Annotation pages) is never held whole.
            foreach (var file in kind == RunKind.Check ? producer.Check(context, render) : producer.Produce(context, render))
            {
                produced.Add(sink.Produced(file));
            }
            steps.Add(new StepTiming(producer.Name, step.Elapsed));
            options.Progress?.StepFinished(producer.Name, step.Elapsed);
        }
        step.Restart();
        new SiteRenderer(theme, render).Render(context, parallelism, produced, sink);
        steps.Add(new StepTiming("pages", step.Elapsed));
        sink.ReportDuplicates(render);
        Mark(BuildPhase.Render);
        if (diagnostics.HasErrors)
        {
            return Done();
        }
        capture?.Invoke(sink.Files);
        if (kind != RunKind.Write)
        {
            return Done(sink.PageCount, sink.FileCount);
        }

        var writing = diagnostics.For(BuildPhase.Write);
        var written = false;
        if (outputProblem is not null || output is null)
        {
            writing.Error(SourceLocation.FileStart(output ?? options.ResolvedOutputDirectory), DiagnosticCodes.OutputFailed, outputProblem ?? "no output folder");
        }
        else
        {
            written = OutputFolder.Commit(sink, output, writing);
        }
        Mark(BuildPhase.Write);
        return Done(sink.PageCount, sink.FileCount, written ? output : null);
    }
}
