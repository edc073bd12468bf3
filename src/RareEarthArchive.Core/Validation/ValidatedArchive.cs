using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>The output of the validate phase: only produced when there were no errors.</summary>
public sealed record ValidatedArchive(SiteConfig Config, ImmutableArray<ValidatedSource> Sources, ImmutableArray<Claim> Claims);
