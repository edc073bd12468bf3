using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Provenance;

namespace RareEarthArchive.Core.Validation;

/// <summary>The rules of provenance: declared origins, <c>origin</c> references, circles of credit, and the <c>archive.sha256</c> pin.</summary>
internal static class ProvenanceChecks
{
    public static void CheckOrigins(LoadedArchive archive, ProvenanceGraph graph, DiagnosticBag diagnostics)
    {
        var sourceIds = archive.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, Origin>(StringComparer.Ordinal);
        foreach (var origin in archive.Config?.Origins ?? [])
        {
            if (seen.TryGetValue(origin.Id, out var first))
            {
                diagnostics.Error(origin.Location, DiagnosticCodes.DuplicateId, $"the origin id '{origin.Id}' is declared twice (first at line {first.Location.Line})");
            }
            else if (sourceIds.Contains(origin.Id))
            {
                diagnostics.Error(origin.Location, DiagnosticCodes.DuplicateId,
                    $"the origin id '{origin.Id}' is also a source's id ({ArchiveLoader.SourcesFolder}/{origin.Id}.md); `origin: {origin.Id}` must name one thing, so pick another id");
            }
            seen.TryAdd(origin.Id, origin);
        }
        // A reference into a file that failed to load (or to origins when the config failed) is not reported as
        // missing: that file's own errors say what is wrong.
        bool Known(string id) => graph.Resolves(id) || archive.Unloaded.Sources.Contains(id) || archive.Config is null;
        foreach (var source in archive.Sources)
        {
            CheckReference(source.Origin, source.Id, Known, diagnostics);
            foreach (var annotation in source.Claims)
            {
                CheckReference(annotation.Origin, source.Id, Known, diagnostics);
            }
        }
    }

    /// <summary>
    /// Passages whose credits lead back to a source already on the chain: almost always a slip (two sources
    /// each said to relay the other). Reported once per claim and circle (the sources that go round, whatever chain
    /// leads into it), at the credit that makes it: a passage of a source inside the circle where there is one (its
    /// <c>origin</c>, or the <c>cites</c> entry its chain follows), else the first passage that leads into it.
    /// </summary>
    public static void CheckCircles(LoadedArchive archive, ProvenanceGraph graph, DiagnosticBag diagnostics)
    {
        var passages = archive.Sources
            .SelectMany(s => s.Claims.Select(a => (SourceId: s.Id, Annotation: a, Source: s)))
            .GroupBy(p => p.Annotation.ClaimId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var claim in passages)
        {
            var list = claim.ToList();
            var traces = graph.Trace([.. list.Select(p => (p.SourceId, p.Annotation))]);
            var circles = list.Select((p, i) => (Passage: p, Via: traces[i].Via, traces[i].Circle)).Where(x => x.Circle)
                .Select(x => (x.Passage, x.Via, Ring: x.Via.Skip(x.Via.IndexOf(x.Via[^1])).Distinct().ToList()))
                .GroupBy(x => string.Join(' ', x.Ring.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
            foreach (var circle in circles)
            {
                var (passage, via, ring) = circle.FirstOrDefault(x => x.Ring.Contains(x.Passage.SourceId), circle.First());
                var (_, annotation, source) = passage;
                var shown = ring.Contains(source.Id) ? [.. ring, ring[0]] : via.ToList();
                var cites = via.Length > 1 ? source.Related.FirstOrDefault(r => r.Relation == ProvenanceGraph.Cites && r.SourceId == via[1])?.Location : null;
                var location = annotation.Origin?.Location ?? source.Origin?.Location ?? cites ?? annotation.Location;
                diagnostics.Error(location, DiagnosticCodes.OriginCycle,
                    $"for the claim '{claim.Key}', the credits go round in a circle: {string.Join(" → ", shown)}; "
                    + "each source would relay the other, so none of them says where the claim came from; fix the 'origin' (or 'cites') that is wrong");
            }
        }
    }

    /// <summary>A pinned hash that no longer matches the body means the archived text changed after review.</summary>
    public static void CheckPin(Source source, string actual, DiagnosticBag diagnostics)
    {
        if (source.Archive?.Sha256 is { } pin && pin.Value != actual)
        {
            diagnostics.Error(pin.Location, DiagnosticCodes.HashMismatch,
                $"the archived text has changed since it was pinned: archive.sha256 expects {pin.Value}, the body now hashes to {actual}; "
                + "restore the text word for word, or, if the change is a reviewed correction, pin the new hash (rea hash " + source.Id + ")");
        }
    }

    private static void CheckReference(Reference? origin, string sourceId, Func<string, bool> known, DiagnosticBag diagnostics)
    {
        if (origin is null)
        {
            return;
        }
        if (origin.Value == sourceId)
        {
            diagnostics.Error(origin.Location, DiagnosticCodes.SelfReference,
                "a source cannot relay itself; leave 'origin' out where the source speaks for itself");
        }
        else if (!known(origin.Value))
        {
            diagnostics.Error(origin.Location, DiagnosticCodes.UnknownOrigin,
                $"there is no origin '{origin.Value}': neither an entry under 'origins' in {SiteConfigReader.FileName} nor a file {ArchiveLoader.SourcesFolder}/{origin.Value}.md; declare it once under 'origins' (id, name, optional url)");
        }
    }
}
