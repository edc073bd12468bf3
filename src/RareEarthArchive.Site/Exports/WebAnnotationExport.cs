using System.Globalization;
using System.Text.Json;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// Every annotation of the archive as a W3C Web Annotation <c>AnnotationCollection</c> (JSON-LD,
/// <c>http://www.w3.org/ns/anno.jsonld</c>) in <c>data/annotations.jsonld</c>, paged: the collection names its
/// <c>total</c>, <c>first</c> and <c>last</c> pages, and each <c>AnnotationPage</c>
/// (<c>data/annotations/page-N.jsonld</c>) holds at most <see cref="PageSize"/> annotations, with its
/// <c>partOf</c>, <c>startIndex</c>, <c>prev</c> and <c>next</c> (W3C Web Annotation Data Model §5). Each page is
/// written straight to UTF-8 by a <see cref="Utf8JsonWriter"/>, so no file grows with the archive and no
/// whole-export string is ever made.
/// </summary>
/// <remarks>
/// <para>Targets: the source page, with a <c>TextQuoteSelector</c> and a <c>TextPositionSelector</c> over the
/// source's reader text (the rendered body with Markdown syntax removed, white space runs folded to one space,
/// trimmed; not Unicode-normalised: the text as archived). <c>exact</c> is the reader text itself, so where a
/// contributor typed a straight quote for a typographic one, the export carries the typographic one;
/// <c>prefix</c>/<c>suffix</c> are up to 32 code points of reader text either side (Hypothesis's length).
/// <c>start</c>/<c>end</c> count Unicode code points (a surrogate pair counts once), end exclusive.</para>
/// <para>Motivations, from the W3C vocabulary: a claim annotation is <c>linking</c> (it ties a passage to the
/// canonical claim page where sources are compared; the claim body has purpose <c>identifying</c>, the stance
/// body <c>classifying</c>, a value <c>describing</c>, the note <c>commenting</c>). A bias signal is
/// <c>assessing</c>: the editors' judgement of the passage, its kind a <c>classifying</c> body.</para>
/// <para>Ids are the passages' permalinks (page URL + anchor), so they are stable as long as the content is;
/// the order is the site's source order, then the order of the file (claims, then signals).</para>
/// </remarks>
public static class WebAnnotationExport
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";
    public const string SitePath = "data/annotations.jsonld";
    public const string PagesFolder = "data/annotations";
    public const int ContextLength = 32;

    /// <summary>schema.org's <c>sha256</c>, by full IRI (the anno.jsonld context does not define it): the fixity of the archived text the selectors count over.</summary>
    public const string Sha256Term = "https://schema.org/sha256";

    /// <summary>Annotations per page: a page of the seed archive's size stays well under a megabyte.</summary>
    public const int PageSize = 1000;

    /// <summary>Claim annotations and bias signals of the whole archive.</summary>
    public static int Count(SiteModel site) => site.Sources.Sum(s => s.Annotations.Length + s.Signals.Length);

    public static string PagePath(int number) => $"{PagesFolder}/page-{number}.jsonld";

    /// <summary>The collection (first) and then its pages, as the files the site publishes.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Build(SiteModel site, SiteUrls urls, int pageSize = PageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var total = Count(site);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var collection = urls.Absolute(urls.BasePath + SitePath);
        string PageId(int number) => urls.Absolute(urls.BasePath + PagePath(number));
        yield return (SitePath, JsonText.ToFileBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteString("id", collection);
            w.WriteString("type", "AnnotationCollection");
            w.WriteString("label", $"{site.Config.Title}: annotations");
            w.WriteString("rights", Licences.AnnotationsUrl);
            w.WriteNumber("total", total);
            w.WriteString("first", PageId(1));
            w.WriteString("last", PageId(pages));
            w.WriteEndObject();
        }));

        using var annotations = Annotations(site, urls).GetEnumerator();
        for (var number = 1; number <= pages; number++)
        {
            var startIndex = (number - 1) * pageSize;
            yield return (PagePath(number), JsonText.ToFileBytes(w =>
            {
                w.WriteStartObject();
                w.WriteString("@context", Context);
                w.WriteString("id", PageId(number));
                w.WriteString("type", "AnnotationPage");
                w.WriteString("partOf", collection);
                w.WriteNumber("startIndex", startIndex);
                if (number > 1)
                {
                    w.WriteString("prev", PageId(number - 1));
                }
                if (number < pages)
                {
                    w.WriteString("next", PageId(number + 1));
                }
                w.WriteStartArray("items");
                for (var i = 0; i < pageSize && annotations.MoveNext(); i++)
                {
                    annotations.Current(w);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
    }

    /// <summary>Each annotation as a writer of its JSON object, in the site's source order, claims then signals.</summary>
    private static IEnumerable<Action<Utf8JsonWriter>> Annotations(SiteModel site, SiteUrls urls)
    {
        foreach (var source in site.Sources)
        {
            var text = source.Validated.Document.Text;
            var page = urls.Absolute(urls.Source(source.Id));
            foreach (var a in source.Annotations)
            {
                var annotation = a.Annotation;
                yield return w => WriteAnnotation(w, urls.Absolute(urls.Passage(source.Id, a.AnchorId)), "linking", source, page, text, a.Start, a.Length, () =>
                {
                    w.WriteStartObject();
                    w.WriteString("type", "SpecificResource");
                    w.WriteString("purpose", "identifying");
                    w.WriteString("source", urls.Absolute(urls.Claim(annotation.ClaimId)));
                    w.WriteEndObject();
                    TextualBody(w, "classifying", annotation.Stance);
                    if (annotation.Value is { } value)
                    {
                        var unit = site.Claim(annotation.ClaimId).Claim.Quantity?.Unit;
                        // The value in the text's words ("over 80%"), as the pages show it.
                        TextualBody(w, "describing", Views.Formatting.Value(value, unit)
                            + (annotation.AsOf is { } asOf ? $" (as of {asOf})" : ""));
                    }
                    if (annotation.Note is { } note)
                    {
                        TextualBody(w, "commenting", ContributorMarkdown.ToPlainText(note));
                    }
                });
            }
            foreach (var s in source.Signals)
            {
                yield return w => WriteAnnotation(w, urls.Absolute(urls.Passage(source.Id, s.AnchorId)), "assessing", source, page, text, s.Start, s.Length, () =>
                {
                    TextualBody(w, "classifying", s.Signal.Kind);
                    if (s.Signal.Note is { } note)
                    {
                        TextualBody(w, "commenting", ContributorMarkdown.ToPlainText(note));
                    }
                });
            }
        }
    }

    private static void WriteAnnotation(Utf8JsonWriter w, string id, string motivation, SourceEntry source, string page, ReaderText text, int start, int length, Action bodies)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("type", "Annotation");
        w.WriteString("motivation", motivation);
        w.WriteStartArray("body");
        bodies();
        w.WriteEndArray();
        WriteTargets(w, source, page, text, start, length);
        w.WriteEndObject();
    }

    private static void TextualBody(Utf8JsonWriter w, string purpose, string value)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextualBody");
        w.WriteString("purpose", purpose);
        w.WriteString("value", value);
        w.WriteString("format", "text/plain");
        w.WriteEndObject();
    }

    /// <summary>
    /// The archive's page with both selectors and the fixity of the text they count over; for a source with a
    /// <c>url</c>, a second target: the passage in the original, with a <c>TimeState</c> saying when the archived
    /// copy was taken and where a capture of the original is (see <see cref="WriteTimeState"/>).
    /// </summary>
    private static void WriteTargets(Utf8JsonWriter w, SourceEntry source, string page, ReaderText text, int start, int length)
    {
        var end = start + length;
        var url = source.Source.Url;
        w.WritePropertyName("target");
        if (url is not null)
        {
            w.WriteStartArray();
        }
        w.WriteStartObject();
        w.WriteString("type", "SpecificResource");
        w.WriteString("source", page);
        w.WriteString(Sha256Term, source.Validated.Sha256);
        w.WriteStartArray("selector");
        WriteQuote(w, text, start, end);
        w.WriteStartObject();
        w.WriteString("type", "TextPositionSelector");
        w.WriteNumber("start", text.CodePointOffsetOf(start));
        w.WriteNumber("end", text.CodePointOffsetOf(end));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        if (url is null)
        {
            return;
        }
        w.WriteStartObject();
        w.WriteString("type", "SpecificResource");
        w.WriteString("source", url);
        WriteTimeState(w, source);
        w.WritePropertyName("selector");
        WriteQuote(w, text, start, end);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>
    /// The W3C <c>TimeState</c> of the original: our dates are days, months or years, so the time is given as the
    /// model's interval (<c>sourceDateStart</c>/<c>sourceDateEnd</c>, the whole period) rather than a
    /// <c>sourceDate</c> instant the archive does not know; <c>cached</c> is the Wayback capture nearest the date.
    /// The date is when the archived copy was taken (<c>archive.retrieved</c>), else the publication date.
    /// </summary>
    private static void WriteTimeState(Utf8JsonWriter w, SourceEntry source)
    {
        if ((source.Source.Archive?.Retrieved ?? source.Source.Published) is not { } date)
        {
            return;
        }
        var first = date.Earliest;
        var last = date.Latest;
        w.WriteStartObject("state");
        w.WriteString("type", "TimeState");
        w.WriteString("sourceDateStart", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        w.WriteString("sourceDateEnd", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59Z");
        if (source.Originals?.CaptureUrl is { } capture)
        {
            w.WriteString("cached", capture);
        }
        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, ReaderText text, int start, int end)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextQuoteSelector");
        w.WriteString("exact", text.Text.AsSpan(start, end - start));
        var before = BackCodePoints(text.Text, start, ContextLength);
        w.WriteString("prefix", text.Text.AsSpan(before, start - before));
        w.WriteString("suffix", text.Text.AsSpan(end, ForwardCodePoints(text.Text, end, ContextLength) - end));
        w.WriteEndObject();
    }

    private static int BackCodePoints(string text, int index, int count)
    {
        for (var n = 0; n < count && index > 0; n++)
        {
            index -= index > 1 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? 2 : 1;
        }
        return index;
    }

    private static int ForwardCodePoints(string text, int index, int count)
    {
        for (var n = 0; n < count && index < text.Length; n++)
        {
            index += index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }
        return index;
    }
}
