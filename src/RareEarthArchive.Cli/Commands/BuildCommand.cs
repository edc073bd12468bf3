using System.Globalization;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Commands;

/// <summary><c>rea build [SITE_DIR] [--output DIR] [--base-url URL] [--threads N]</c>: the whole site into _site/.</summary>
public sealed class BuildCommand(ICommandConsole console, SiteBuilder builder) : ICommand
{
    public string Name => "build";

    public string Usage => "build [SITE_DIR] [--output DIR] [--base-url URL] [--threads N] [--quiet|--verbose]";

    public string Summary => "Check the archive and build the static site (default output: SITE_DIR/_site).";

    public static readonly IReadOnlyList<CommandOption> OptionList =
    [
        CommandOption.Value("output", "DIR", "Where to write the site (default: SITE_DIR/_site); replaced only when the build succeeds."),
        CommandOption.Value("base-url", "URL", "The site's address, overriding base_url in site.config.yml (a preview, a fork's Pages address)."),
        CommandOption.Value("threads", "N", "Render with at most N threads (default: one per core)."),
        .. BuildProgressDisplay.Options,
    ];

    public IReadOnlyList<CommandOption> Options => OptionList;

    public int Run(Arguments arguments)
    {
        if (SiteDirectory.Resolve(arguments, console.Error) is not { } site || ParseOptions(arguments, site) is not { } options
            || BuildProgressDisplay.Read(arguments, console) is not { } verbosity)
        {
            return ExitCodes.UsageError;
        }
        var display = new BuildProgressDisplay(console, verbosity);
        var result = display.Run(progress => builder.Build(options with { Progress = progress }));
        ProblemReport.Print(result.Diagnostics, console, site, "rea build");
        if (!result.Succeeded)
        {
            // Before the write phase nothing was touched; a failed write says itself what it left (OutputFolder).
            console.Error.WriteLine(result.Diagnostics.Any(d => d.Severity == Severity.Error && d.Phase == BuildPhase.Write)
                ? "build failed while writing the output; the error above says what is in the output folder now"
                : "build failed; the previous output was left as it was");
            return ExitCodes.ContentErrors;
        }
        if (!display.ShowsSummary)
        {
            return ExitCodes.Success;
        }
        var phases = string.Join(", ", result.Timings.Select(t =>
            $"{t.Phase.ToString().ToLowerInvariant()} {Ms(t.Elapsed)}{(t.Phase == BuildPhase.Render ? RenderSteps(result) : "")}"));
        console.Out.WriteLine($"built {Plural.Count(result.PageCount, "page")} ({Plural.Count(result.FileCount, "file")}) into {result.OutputDirectory} [{phases}]");
        return ExitCodes.Success;
    }

    private static string RenderSteps(BuildResult result) =>
        result.RenderSteps.Count == 0 ? "" : " (" + string.Join(", ", result.RenderSteps.Select(s => $"{s.Name} {Ms(s.Elapsed)}")) + ")";

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Reads the options shared by build and serve; null after printing a usage error.</summary>
    internal BuildOptions? ParseOptions(Arguments arguments, string site)
    {
        Uri? baseUrl = null;
        if (arguments.Option("base-url") is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            {
                console.Error.WriteLine($"error: --base-url must be an absolute http(s) URL, not '{url}'");
                return null;
            }
            baseUrl = SiteConfigReader.NormalizeBaseUrl(url);
        }
        var threads = -1;
        if (arguments.Option("threads") is { } t && (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out threads) || threads < 1))
        {
            console.Error.WriteLine($"error: --threads must be a whole number from 1, not '{t}'");
            return null;
        }
        var output = arguments.Option("output") is { } o ? Path.GetFullPath(o) : null;
        return new BuildOptions(site, output, baseUrl, SourceDateEpoch.Read(console), threads);
    }
}
