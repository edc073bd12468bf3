namespace RareEarthArchive.Site.Metadata;

/// <summary>What the <c>cite</c> partial shows: the citation in three forms and links to the same as files.</summary>
public sealed record CiteView(string Key, string PlainText, string BibTex, string CslJson, string BibTexUrl, string CslJsonUrl);
