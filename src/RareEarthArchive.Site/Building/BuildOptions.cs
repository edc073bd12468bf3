namespace RareEarthArchive.Site.Building;

/// <summary>What to build and how.</summary>
/// <param name="SiteDirectory">The folder with site.config.yml and content/.</param>
/// <param name="OutputDirectory">Where the site goes; defaults to <c>SITE_DIR/_site</c>.</param>
/// <param name="BaseUrl">Overrides the config's base_url (local preview, a fork's Pages address).</param>
/// <param name="BuildTime">Only from SOURCE_DATE_EPOCH: without it the output carries no build time.</param>
/// <param name="Progress">Told as each phase finishes (the CLI's terminal display); null: nobody is told.</param>
public sealed record BuildOptions(
    string SiteDirectory,
    string? OutputDirectory = null,
    Uri? BaseUrl = null,
    DateTimeOffset? BuildTime = null,
    int MaxParallelism = -1,
    IBuildProgress? Progress = null)
{
    public string ResolvedOutputDirectory => Path.GetFullPath(OutputDirectory ?? Path.Combine(SiteDirectory, "_site"));
}
