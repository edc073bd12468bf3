using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Loading;

/// <summary>
/// What the load phase read: the config (null when it could not be read) and every file that loaded, in ordinal
/// order of id. <see cref="Unloaded"/> names the sources and claims whose files exist but did not load: their own
/// errors are reported, so a reference to one of them is not also reported as missing.
/// </summary>
public sealed record LoadedArchive(SiteConfig? Config, ImmutableArray<Source> Sources, ImmutableArray<Claim> Claims, string SiteDirectory)
{
    public UnloadedFiles Unloaded { get; init; } = UnloadedFiles.None;
}

/// <summary>The ids (file names without .md) of sources and claims whose files exist but failed to load.</summary>
public sealed record UnloadedFiles(ImmutableHashSet<string> Sources, ImmutableHashSet<string> Claims)
{
    public static UnloadedFiles None { get; } = new([], []);
}
