using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Model;

/// <summary>
/// An origin declared once in <c>site.config.yml</c>: someone sources relay whose own text the archive does not
/// hold (a wire service, a newspaper, an official, "unnamed US media"). Sources and passages refer to it by id.
/// </summary>
public sealed record Origin(string Id, string Name, string? Url, string? Note, SourceLocation Location);
