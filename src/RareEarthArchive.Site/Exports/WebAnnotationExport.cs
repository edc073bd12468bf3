using System.Text.Json.Nodes;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Site.Metadata;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// Every annotation of the archive as a W3C Web Annotation <c>AnnotationCollection</c> (JSON-LD,
/// <c>http://www.w3.org/ns/anno.jsonld</c>), its one <c>AnnotationPage</c> embedded as <c>first</c>.
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
    public const int ContextLength = 32;

    public static JsonObject Build(SiteModel site, SiteUrls urls)
    {
        var items = new JsonArray();
        var claims = site.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var source in site.Sources)
        {
            var text = source.Validated.Document.Text;
            var page = urls.Absolute(urls.Source(source.Id));
            foreach (var a in source.Annotations)
            {
                var annotation = a.Annotation;
                var bodies = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "SpecificResource",
                        ["purpose"] = "identifying",
                        ["source"] = urls.Absolute(urls.Claim(annotation.ClaimId)),
                    },
                    TextualBody("classifying", annotation.Stance),
                };
                if (annotation.Value is { } value)
                {
                    var unit = claims[annotation.ClaimId].Claim.Quantity?.Unit;
                    // The value in the text's words ("over 80%"), as the pages show it.
                    bodies.Add(TextualBody("describing", Views.Formatting.Value(value, unit)
                        + (annotation.AsOf is { } asOf ? $" (as of {asOf})" : "")));
                }
                if (annotation.Note is { } note)
                {
                    bodies.Add(TextualBody("commenting", ContributorMarkdown.ToPlainText(note)));
                }
                items.Add(Annotation(urls.Absolute(urls.Passage(source.Id, a.AnchorId)), "linking", bodies,
                    Target(page, text, a.Start, a.Length)));
            }
            foreach (var s in source.Signals)
            {
                var bodies = new JsonArray { TextualBody("classifying", s.Signal.Kind) };
                if (s.Signal.Note is { } note)
                {
                    bodies.Add(TextualBody("commenting", ContributorMarkdown.ToPlainText(note)));
                }
                items.Add(Annotation(urls.Absolute(urls.Passage(source.Id, s.AnchorId)), "assessing", bodies,
                    Target(page, text, s.Start, s.Length)));
            }
        }
        var id = urls.Absolute(urls.BasePath + SitePath);
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = id,
            ["type"] = "AnnotationCollection",
            ["label"] = $"{site.Config.Title}: annotations",
            ["total"] = items.Count,
            ["first"] = new JsonObject
            {
                ["id"] = id + "#page-1",
                ["type"] = "AnnotationPage",
                ["startIndex"] = 0,
                ["items"] = items,
            },
        };
    }

    private static JsonObject Annotation(string id, string motivation, JsonArray bodies, JsonObject target) => new()
    {
        ["id"] = id,
        ["type"] = "Annotation",
        ["motivation"] = motivation,
        ["body"] = bodies,
        ["target"] = target,
    };

    private static JsonObject TextualBody(string purpose, string value) => new()
    {
        ["type"] = "TextualBody",
        ["purpose"] = purpose,
        ["value"] = value,
        ["format"] = "text/plain",
    };

    private static JsonObject Target(string page, ReaderText text, int start, int length)
    {
        var end = start + length;
        var quote = new JsonObject
        {
            ["type"] = "TextQuoteSelector",
            ["exact"] = text.Text[start..end],
            ["prefix"] = text.Text[BackCodePoints(text.Text, start, ContextLength)..start],
            ["suffix"] = text.Text[end..ForwardCodePoints(text.Text, end, ContextLength)],
        };
        var position = new JsonObject
        {
            ["type"] = "TextPositionSelector",
            ["start"] = text.CodePointOffsetOf(start),
            ["end"] = text.CodePointOffsetOf(end),
        };
        return new JsonObject
        {
            ["type"] = "SpecificResource",
            ["source"] = page,
            ["selector"] = new JsonArray(quote, position),
        };
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
