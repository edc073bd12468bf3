using System.Collections.Immutable;
using Markdig;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Provenance;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// The validate phase: every rule that spans files (unique ids, references, quantities) and the anchoring
/// of every quote, over whatever loaded: a file that failed to load is reported by the load phase, and a
/// reference to it is not reported again as missing. Reports all problems; returns the validated archive only
/// when there are none (and the config was read).
/// </summary>
public static class ArchiveValidator
{
    /// <summary>
    /// The closest-passage search of a quote that is not found reads the whole text (O(64 × text)). Per source
    /// it is done for at most <see cref="MaxSuggestions"/> misses, and only while the text those searches read
    /// stays within <see cref="SuggestionBudget"/> characters; every later miss is still reported, without the
    /// suggestion. So a thousand wrong quotes against a 5 MB text are checked in seconds, not hours.
    /// </summary>
    public const int MaxSuggestions = 20;

    /// <summary>Characters of text all closest-passage searches of one source may read together: 1 Mi.</summary>
    public const int SuggestionBudget = 1024 * 1024;

    public static ValidatedArchive? Validate(LoadedArchive archive, DiagnosticBag diagnostics)
    {
        CheckUniqueIds(archive.Sources.Select(s => (s.Id, s.Location)), "source", diagnostics);
        CheckUniqueIds(archive.Claims.Select(c => (c.Id, c.Location)), "claim", diagnostics);

        var sourceIds = new KnownIds(archive.Sources.Select(s => s.Id), archive.Unloaded.Sources, "source", ArchiveLoader.SourcesFolder, DiagnosticCodes.UnknownSource);
        var claimIds = new KnownIds(archive.Claims.Select(c => c.Id), archive.Unloaded.Claims, "claim", ArchiveLoader.ClaimsFolder, DiagnosticCodes.UnknownClaim);
        var claims = archive.Claims.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var claim in archive.Claims)
        {
            foreach (var relation in claim.Related)
            {
                CheckRelation(relation.ClaimId, claim.Id, claimIds, relation.Location, diagnostics);
            }
        }

        MarkdownNestingCheck.Prose(archive, diagnostics);

        // Without a config (it failed to load) there are no declared origins to check references against.
        var provenance = new ProvenanceGraph(archive.Config?.Origins ?? [], archive.Sources);
        ProvenanceChecks.CheckOrigins(archive, provenance, diagnostics);
        ProvenanceChecks.CheckCircles(archive, provenance, diagnostics);

        // Anchoring parses each body once; sources are independent, so they are checked in parallel and
        // gathered back in id order, which keeps the result deterministic. A body nested too deep is never parsed.
        var parsable = archive.Sources.Where(source => MarkdownNestingCheck.Body(source, diagnostics)).ToList();
        var validated = parsable
            .AsParallel().AsOrdered()
            .Select(source => ValidateSource(source, sourceIds, claimIds, claims, diagnostics))
            .ToImmutableArray();

        return diagnostics.HasErrors || archive.Config is null ? null
            : new ValidatedArchive(archive.Config, validated, archive.Claims) { Provenance = provenance };
    }

    private static ValidatedSource ValidateSource(Source source, KnownIds sourceIds, KnownIds claimIds, Dictionary<string, Claim> claims,
        DiagnosticBag diagnostics)
    {
        foreach (var relation in source.Related)
        {
            CheckRelation(relation.SourceId, source.Id, sourceIds, relation.Location, diagnostics);
        }
        foreach (var annotation in source.Claims)
        {
            if (!claims.TryGetValue(annotation.ClaimId, out var claim))
            {
                claimIds.CheckExists(annotation.ClaimId, annotation.ClaimLocation, diagnostics);
            }
            else if (annotation.Value is not null && claim.Quantity is null)
            {
                diagnostics.Error(annotation.ValueLocation ?? annotation.Location, DiagnosticCodes.ValueWithoutQuantity,
                    $"'value' is only for claims with a quantity, and the claim '{claim.Id}' has none; remove 'value' or add 'quantity' to the claim");
            }
        }
        CheckUniqueAnnotationIds(source, diagnostics);

        var document = SourceDocument.Parse(source);
        var text = document.Text;
        var anchors = new AnchorIds(source.Claims.Select(a => a.Id).OfType<string>());

        var misses = 0;
        var annotations = ImmutableArray.CreateBuilder<ResolvedAnnotation>();
        foreach (var annotation in source.Claims)
        {
            if (Anchor(document, annotation.Quote, ref misses, diagnostics) is { } found)
            {
                annotations.Add(new ResolvedAnnotation(annotation, annotation.Id ?? anchors.Next(annotation.ClaimId), found.Start, found.Length));
            }
        }
        var signals = ImmutableArray.CreateBuilder<ResolvedSignal>();
        var signalNumber = 0;
        foreach (var signal in source.Bias?.Signals ?? [])
        {
            signalNumber++;
            if (Anchor(document, signal.Quote, ref misses, diagnostics) is { } found)
            {
                signals.Add(new ResolvedSignal(signal, anchors.Next($"signal-{signalNumber}"), found.Start, found.Length));
            }
        }
        var resolved = annotations.ToImmutable();
        var sha256 = Fixity.Sha256(source.Text.Markdown);
        ProvenanceChecks.CheckPin(source, sha256, diagnostics);
        return new ValidatedSource(document, resolved, signals.ToImmutable(), sha256,
            OriginalLinks.For(source, text, resolved, diagnostics));
    }

    private static Anchored? Anchor(SourceDocument document, QuoteSelector quote, ref int misses, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(quote.Exact))
        {
            diagnostics.Error(quote.Location, DiagnosticCodes.EmptyQuote, "the quote is empty");
            return null;
        }
        var suggest = misses < MaxSuggestions && (long)(misses + 1) * document.Text.Text.Length <= SuggestionBudget;
        var result = QuoteAnchor.Find(document.Text, new TextQuote(quote.Exact, quote.Prefix, quote.Suffix), suggest);
        if (result is NotFound)
        {
            misses++;
        }
        switch (result)
        {
            case Anchored anchored:
                return anchored;
            case NotFound { MatchesIgnoringContext: 0 } when !suggest:
                diagnostics.Error(quote.Location, DiagnosticCodes.QuoteNotFound,
                    $"the quote \"{Shorten(quote.Exact)}\" is not in the text (no closest passage: the search for one is limited per file, see SECURITY.md)");
                return null;
            case NotFound { MatchesIgnoringContext: > 0 } notFound:
                diagnostics.Error(quote.Location, DiagnosticCodes.QuoteNotFound,
                    $"the quote \"{Shorten(quote.Exact)}\" is in the text {Times(notFound.MatchesIgnoringContext)}, but never{Narrowing(quote)}; check 'prefix' and 'suffix' against the text");
                return null;
            case NotFound notFound:
                var line = document.Source.Text.FirstLine + document.Text.LineOf(notFound.ClosestStart) - 1;
                diagnostics.Error(quote.Location, DiagnosticCodes.QuoteNotFound,
                    $"the quote \"{Shorten(quote.Exact)}\" is not in the text; closest passage (line {line}): \"{notFound.ClosestPassage}\"");
                return null;
            case Ambiguous ambiguous:
                diagnostics.Error(quote.Location, DiagnosticCodes.QuoteAmbiguous,
                    $"the quote \"{Shorten(quote.Exact)}\" matches {ambiguous.Count} times{Narrowing(quote)}; lengthen it or add 'prefix' or 'suffix' (the text just before or after) to pick one");
                return null;
            default:
                throw new InvalidOperationException("unknown anchoring result");
        }
    }

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    private static string Narrowing(QuoteSelector quote) => (quote.Prefix, quote.Suffix) switch
    {
        (null, null) => "",
        ({ } p, null) => $" after the prefix \"{p}\"",
        (null, { } s) => $" before the suffix \"{s}\"",
        ({ } p, { } s) => $" between the prefix \"{p}\" and the suffix \"{s}\"",
    };

    private static string Shorten(string text)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= 80 ? folded : folded[..77] + "...";
    }

    private static void CheckRelation(string target, string self, KnownIds ids, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (target == self)
        {
            diagnostics.Error(location, DiagnosticCodes.SelfReference, $"a {ids.Kind} cannot be related to itself");
        }
        else
        {
            ids.CheckExists(target, location, diagnostics);
        }
    }

    private static void CheckUniqueIds(IEnumerable<(string Id, SourceLocation Location)> items, string kind, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Location;
            foreach (var (_, location) in group.Skip(1))
            {
                diagnostics.Error(location, DiagnosticCodes.DuplicateId, $"the {kind} id '{group.Key}' is already used by {first.Path}");
            }
        }
    }

    private static void CheckUniqueAnnotationIds(Source source, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var annotation in source.Claims.Where(a => a.Id is not null))
        {
            if (!seen.Add(annotation.Id!))
            {
                diagnostics.Error(annotation.Location, DiagnosticCodes.DuplicateId,
                    $"the annotation id '{annotation.Id}' is used twice in this file; it is the passage's permalink, so it must be unique");
            }
        }
    }
}
