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
            new SearchIndexOutputs(options.SearchShardTargetBytes),
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
        // Producers first, so the pages (the downloads page) can describe what they made without making it again.
        var step = Stopwatch.StartNew();
        var produced = new List<OutputFile>();
        foreach (var producer in _outputs)
        {
            step.Restart();
            produced.AddRange(kind == RunKind.Check ? producer.Check(context, render) : producer.Produce(context, render));
            steps.Add(new StepTiming(producer.Name, step.Elapsed));
            options.Progress?.StepFinished(producer.Name, step.Elapsed);
        }
        step.Restart();
        var files = new SiteRenderer(theme, render).Render(context, parallelism, produced).ToList();
        steps.Add(new StepTiming("pages", step.Elapsed));
        files.AddRange(produced);
        CheckUniquePaths(files, render);
        Mark(BuildPhase.Render);
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        if (diagnostics.HasErrors)
        {
            return Done();
        }
        capture?.Invoke(files);
        if (kind != RunKind.Write)
        {
            return Done(pages, files.Count);
        }

        var output = options.ResolvedOutputDirectory;
        var written = OutputFolder.Replace(output, options.SiteDirectory, files, diagnostics.For(BuildPhase.Write));
        Mark(BuildPhase.Write);
        return Done(pages, files.Count, written ? output : null);
    }

    /// <summary>Two outputs for one path means a theme asset or producer shadows a page: an error, not a silent overwrite.</summary>
    private static void CheckUniquePaths(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Error(SourceLocation.FileStart(group.Key), DiagnosticCodes.OutputFailed,
                $"two outputs would be written to '{group.Key}' (a theme asset or page with the same path)");
        }
    }
}
