using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Metadata;

/// <summary>"Cite this": one <see cref="CitationRecord"/> per source or claim page, written as BibTeX, CSL-JSON and plain text.</summary>
public static class Citations
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static CitationRecord ForSource(SourceEntry entry, SiteModel site, SiteUrls urls)
    {
        var s = entry.Source;
        var page = urls.Absolute(urls.Source(s.Id));
        return new CitationRecord($"rea-{s.Id}", SourceTypes.Csl(s.Kind), s.Title, s.OriginalTitle, s.Author, s.Publisher, s.Publisher,
            s.Published, s.Archive?.Retrieved, s.Language, s.Url ?? page, page, site.Config.Title,
            $"Archived copy with annotations: {page}");
    }

    public static CitationRecord ForClaim(ClaimEntry entry, SiteModel site, SiteUrls urls)
    {
        var c = entry.Claim;
        var page = urls.Absolute(urls.Claim(c.Id));
        var title = site.Config.Title;
        return new CitationRecord($"rea-claim-{c.Id}", "webpage", c.Statement, null, c.Review?.Author ?? title, title, title,
            c.Review?.Date, null, site.Config.Language, page, page, title,
            $"Claim compared across {Plural.Count(entry.SourceCount, "archived source")}");
    }

    /// <summary>A BibTeX <c>@misc</c> entry (the type every style knows), with biblatex's <c>date</c>/<c>urldate</c> beside <c>year</c>/<c>month</c>.</summary>
    public static string ToBibTex(CitationRecord r)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{" + BibTex.Escape(r.Title) + "}"),
        };
        if (r.Author is { } author)
        {
            // Double braces: a literal name, so BibTeX neither splits nor reorders it (a company, or a Chinese name).
            fields.Add(("author", "{" + BibTex.Escape(author) + "}"));
        }
        if (r.OriginalTitle is { } original)
        {
            fields.Add(("origtitle", BibTex.Escape(original)));
        }
        fields.Add(("publisher", BibTex.Escape(r.Publisher)));
        if (r.Issued is { } issued)
        {
            fields.Add(("year", issued.Year.ToString("D4", CultureInfo.InvariantCulture)));
            if (issued.Month is { } month)
            {
                fields.Add(("month", Months[month - 1]));
            }
            fields.Add(("date", issued.ToString()));
        }
        fields.Add(("url", BibTex.Url(r.Url)));
        if (r.Accessed is { } accessed)
        {
            fields.Add(("urldate", accessed.ToString()));
        }
        fields.Add(("langid", BibTex.Escape(r.Language)));
        fields.Add(("howpublished", BibTex.Escape(r.ArchiveName)));
        fields.Add(("note", BibTex.Escape(r.Note)));

        var text = new StringBuilder();
        text.Append("@misc{").Append(r.Key).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = fields[i];
            // A month is a BibTeX macro (jul), written unbraced so styles can localise it.
            var written = name == "month" ? value : "{" + value + "}";
            text.Append("  ").Append(name).Append(" = ").Append(written).Append(i < fields.Count - 1 ? ",\n" : "\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>One CSL-JSON item (the format of citeproc, Zotero and Pandoc).</summary>
    public static JsonObject ToCsl(CitationRecord r)
    {
        var item = new JsonObject
        {
            ["id"] = r.Key,
            ["type"] = r.CslType,
            ["title"] = r.Title,
        };
        if (r.OriginalTitle is { } original)
        {
            item["original-title"] = original;
        }
        if (r.Author is { } author)
        {
            item["author"] = new JsonArray(new JsonObject { ["literal"] = author });
        }
        item["publisher"] = r.Publisher;
        if (r.Container is { } container)
        {
            item["container-title"] = container;
        }
        if (r.Issued is { } issued)
        {
            item["issued"] = DateParts(issued);
        }
        if (r.Accessed is { } accessed)
        {
            item["accessed"] = DateParts(accessed);
        }
        item["language"] = r.Language;
        item["URL"] = r.Url;
        item["archive"] = r.ArchiveName;
        item["archive_location"] = r.ArchiveUrl;
        item["note"] = r.Note;
        return item;
    }

    /// <summary>CSL's date form: <c>{"date-parts": [[2025, 7, 3]]}</c>, as far as the date is known.</summary>
    public static JsonObject DateParts(PartialDate date)
    {
        var parts = new JsonArray(date.Year);
        if (date.Month is { } month)
        {
            parts.Add(month);
            if (date.Day is { } day)
            {
                parts.Add(day);
            }
        }
        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }

    /// <summary>A short human-readable reference: Publisher (Author). “Title.” Date. Archived in Site, URL.</summary>
    public static string ToPlainText(CitationRecord r)
    {
        var text = new StringBuilder();
        text.Append(r.Author is { } author && author != r.Publisher ? $"{author} ({r.Publisher})" : r.Publisher);
        text.Append(". “").Append(r.Title.TrimEnd('.')).Append(".”");
        if (r.Issued is { } issued)
        {
            text.Append(' ').Append(issued.ToString()).Append('.');
        }
        if (r.Url != r.ArchiveUrl)
        {
            text.Append(' ').Append(r.Url).Append('.');
        }
        text.Append(" Archived in ").Append(r.ArchiveName).Append(", ").Append(r.ArchiveUrl);
        if (r.Accessed is { } accessed)
        {
            text.Append(" (retrieved ").Append(accessed.ToString()).Append(')');
        }
        text.Append('.');
        return text.ToString();
    }
}
