using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Loading;

/// <summary>What the load phase read: the config and every file that parsed, in ordinal order of id.</summary>
public sealed record LoadedArchive(SiteConfig Config, ImmutableArray<Source> Sources, ImmutableArray<Claim> Claims, string SiteDirectory);
