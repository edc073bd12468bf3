using System.Text;
using System.Text.Json.Nodes;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// Every data file the site publishes for reuse, made from the assembled model alone (so it is deterministic
/// and can be made twice: once for the downloads page, which states each file's size, once for the output).
/// </summary>
public static class DataCatalog
{
    public const string CitationsBibPath = "data/citations.bib";
    public const string CitationsJsonPath = "data/citations.json";

    /// <summary>The site-wide exports, in the order the downloads page lists them.</summary>
    public static IReadOnlyList<DataExport> SiteWide(SiteModel site, SiteUrls urls)
    {
        var rows = ClaimSourceRow.All(site, urls);
        var records = site.Sources.Select(s => Citations.ForSource(s, site, urls))
            .Concat(site.Claims.Select(c => Citations.ForClaim(c, site, urls))).ToList();
        var bib = new StringBuilder("% Citations of every source and claim page of ").Append(site.Config.Title).Append(" (UTF-8).\n")
            .Append("% ").Append(Licences.Annotations).Append('\n');
        foreach (var record in records)
        {
            bib.Append('\n').Append(Citations.ToBibTex(record));
        }
        const string both = Licences.QuotesAndAnnotations;
        var exports = new List<DataExport>
        {
            new(ClaimSourceExport.CsvPath, "Claims × sources (CSV)", "CSV", "text/csv; charset=utf-8; header=present",
                $"A table of who says what: one row for each passage that states a claim ({rows.Count} rows), with the source, the quote, its stance and value. Opens in any spreadsheet.",
                both, ClaimSourceExport.ToCsv(rows)),
            new(ClaimSourceExport.JsonPath, "Claims × sources (JSON)", "JSON", "application/json",
                "The same table as the CSV, for programs: one object per row, values as numbers.",
                both, Utf8(ClaimSourceExport.ToJson(rows))),
            new(CitationsBibPath, "Citations (BibTeX)", "BibTeX", "application/x-bibtex",
                $"A citation for each of the {site.Sources.Length} sources and {site.Claims.Length} claims, for LaTeX and most reference managers.",
                Licences.Annotations, Utf8(bib.ToString())),
            new(CitationsJsonPath, "Citations (CSL-JSON)", "CSL-JSON", "application/vnd.citationstyles.csl+json",
                "The same citations for Zotero, Pandoc and other tools that read CSL.",
                Licences.Annotations, Utf8(JsonText.ToFileText(new JsonArray([.. records.Select(r => (JsonNode)Citations.ToCsl(r))])))),
        };
        var annotations = WebAnnotationExport.Build(site, urls).ToList();
        exports.Insert(0, new(WebAnnotationExport.SitePath, "Annotations (W3C Web Annotation)", "JSON-LD", "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"",
            $"Every highlighted passage ({WebAnnotationExport.Count(site)}): its claim or bias signal, stance and note, each pointing at the exact words on its source page, in the W3C format that annotation tools read. This file lists the pages that hold them ({Plural.Count(annotations.Count - 1, "file")}, {DownloadsView.Size(annotations.Skip(1).Sum(p => (long)p.Content.Length))} in all).",
            both, annotations[0].Content));
        // The pages are part of the collection's download: its row describes them.
        exports.AddRange(annotations.Skip(1).Select(p => new DataExport(p.Path, "", "JSON-LD", "application/ld+json", "", both, p.Content) { Listed = false }));
        foreach (var (file, text) in FrontMatterSchemas.All(site.Config))
        {
            var what = file switch
            {
                FrontMatterSchemas.SourceFile => "source front matter (content/sources/<id>.md)",
                FrontMatterSchemas.ClaimFile => "claim front matter (content/claims/<id>.md)",
                _ => "site.config.yml",
            };
            exports.Add(new($"{FrontMatterSchemas.Folder}/{file}", $"JSON Schema: {what}", "JSON Schema", "application/schema+json",
                $"For contributors: lets a code editor check {what} as you type.",
                Licences.Schemas, Utf8(text)));
        }
        return exports;
    }

    /// <summary>Each source and claim page's own citation files, beside the page.</summary>
    public static IReadOnlyList<DataExport> PerPage(SiteModel site, SiteUrls urls)
    {
        var metadata = new PageMetadata(site, urls);
        var exports = new List<DataExport>();
        void Add(CiteView cite, string what)
        {
            exports.Add(new(urls.OutputPath(cite.BibTexUrl), $"Citation of {what} (BibTeX)", "BibTeX", "application/x-bibtex", "", Licences.Annotations, Utf8(cite.BibTex)));
            exports.Add(new(urls.OutputPath(cite.CslJsonUrl), $"Citation of {what} (CSL-JSON)", "CSL-JSON", "application/vnd.citationstyles.csl+json", "", Licences.Annotations, Utf8(cite.CslJson)));
        }
        foreach (var source in site.Sources)
        {
            Add(metadata.SourceCite(source), source.Id);
        }
        foreach (var claim in site.Claims)
        {
            Add(metadata.ClaimCite(claim), claim.Id);
        }
        return exports;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
