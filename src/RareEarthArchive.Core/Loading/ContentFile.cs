using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>A content file split into its parsed front matter and its Markdown body.</summary>
/// <param name="Path">Relative to the site folder, with '/' separators.</param>
/// <param name="Stem">The file name without '.md': what the id must be.</param>
public sealed record ContentFile(string Path, string Stem, YamlNode Root, string Body, int BodyFirstLine);
