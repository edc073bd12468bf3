using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Site.Building;

/// <summary>What a <see cref="SiteBuilder.Create"/> caller may vary of the product: never which outputs it publishes.</summary>
/// <param name="SearchShardTargetBytes">About this much index JSON per search shard (<see cref="SearchIndexOutputs.DefaultShardTargetBytes"/>).</param>
/// <param name="SearchDisplayChunkSize">Refs per search display file (<see cref="SearchIndexOutputs.DefaultDisplayChunkSize"/>).</param>
/// <param name="SearchDisplayDirectorySize">Display files per display directory (<see cref="SearchIndexOutputs.DefaultDisplayDirectorySize"/>).</param>
/// <param name="ExtraOutputs">Producers run after the product's own (a test's probe); none can be left out.</param>
public sealed record ProductOptions(
    int SearchShardTargetBytes = SearchIndexOutputs.DefaultShardTargetBytes,
    int SearchDisplayChunkSize = SearchIndexOutputs.DefaultDisplayChunkSize,
    int SearchDisplayDirectorySize = SearchIndexOutputs.DefaultDisplayDirectorySize,
    IReadOnlyList<ISiteOutputs>? ExtraOutputs = null);
