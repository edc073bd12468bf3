using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Site.Highlighting;

namespace RareEarthArchive.Site.Views;

/// <summary>
/// A source's archived text with every annotated passage marked in place: claim quotes as
/// <c>mark.annotation</c>, bias signals as <c>mark.signal</c>, each with its permalink id, and after it a
/// link to its note (the note links to the claim), which works without script.
/// </summary>
internal static class SourceBodyHtml
{
    public static string Render(SourceEntry entry, SiteModel site)
    {
        var highlights = new List<Highlight>();
        foreach (var a in entry.Annotations)
        {
            var statement = site.Claim(a.Annotation.ClaimId).Claim.Statement;
            highlights.Add(new Highlight(a.Start, a.Length, a.AnchorId, $"annotation stance-{a.Annotation.Stance}",
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["data-claim"] = a.Annotation.ClaimId,
                    ["data-stance"] = a.Annotation.Stance,
                    ["title"] = $"{a.Annotation.Stance}: {statement}",
                    ["aria-describedby"] = "note-" + a.AnchorId,
                },
                new HighlightLink("#note-" + a.AnchorId, $"Note on this passage ({a.Annotation.Stance}: {statement})")));
        }
        foreach (var s in entry.Signals)
        {
            highlights.Add(new Highlight(s.Start, s.Length, s.AnchorId, $"signal signal-{s.Signal.Kind}",
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["data-signal"] = s.Signal.Kind,
                    ["title"] = $"Bias signal: {s.Signal.Kind}",
                    ["aria-describedby"] = "note-" + s.AnchorId,
                },
                new HighlightLink("#note-" + s.AnchorId, $"Bias signal: {s.Signal.Kind}", "note-ref signal-ref")));
        }
        return AnnotatedHtmlRenderer.Render(entry.Validated.Document.Text, highlights);
    }
}
