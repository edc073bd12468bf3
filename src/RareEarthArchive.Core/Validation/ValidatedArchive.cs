using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>The output of the validate phase: only produced when there were no errors.</summary>
public sealed record ValidatedArchive(SiteConfig Config, ImmutableArray<ValidatedSource> Sources, ImmutableArray<Claim> Claims)
{
    /// <summary>Who credits whom (declared origins, source credits and relations), for counting independent origins.</summary>
    public Provenance.ProvenanceGraph Provenance { get; init; } = new(Config.Origins, [.. Sources.Select(s => s.Document.Source)]);
}
