using System.Collections.Immutable;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// The independence rule (CONTRIBUTING.md, "How independent origins are counted"), as a pure function over one
/// claim's passages. A passage credits, in this order: its annotation's <c>origin</c>, else its <c>attributed_to</c>
/// (free text: an unnamed voice), else its source's <c>origin</c>, else the first source its source <c>cites</c> that
/// states the same claim, else nobody (the source speaks for itself). Credits are followed: to a declared origin
/// (the end), or to an archived source, which is then asked the same question for the same claim (its first passage
/// of the claim, or, if it does not state the claim, its own <c>origin</c> and <c>cites</c>). A source that credits
/// itself speaks for itself; sources that credit each other in a circle are one voice (named by the smallest id;
/// the validator refuses such circles in content). Finally, sources speaking for themselves that are linked by
/// <c>same-story</c> (directly or through others) are one voice: one story told twice is not two witnesses.
/// </summary>
public static class OriginTracing
{
    public static ImmutableArray<PassageTrace> Trace(IReadOnlyList<ClaimPassage> passages, IReadOnlyDictionary<string, SourceCredits> sources)
    {
        // The first credit each stating source gives this claim, for chains that pass through it.
        var firstCredit = new Dictionary<string, Credit?>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            firstCredit.TryAdd(passage.SourceId, passage.Credit);
        }
        Credit? CreditOf(string sourceId, Credit? own)
        {
            if (own is not null)
            {
                return own;
            }
            if (!sources.TryGetValue(sourceId, out var facts))
            {
                return null;
            }
            return facts.Origin ?? facts.Cites.Where(t => t != sourceId && firstCredit.ContainsKey(t)).Select(t => (Credit)new CreditsSource(t)).FirstOrDefault();
        }

        var traces = passages.Select(passage =>
        {
            var via = new List<string> { passage.SourceId };
            var current = passage.SourceId;
            var credit = CreditOf(current, passage.Credit);
            while (true)
            {
                switch (credit)
                {
                    case null:
                        return new PassageTrace(new OwnVoiceRoot(current), [.. via]);
                    case CreditsOrigin origin:
                        return new PassageTrace(new DeclaredRoot(origin.OriginId), [.. via]);
                    case CreditsUnnamed unnamed:
                        return new PassageTrace(new UnnamedRoot(current, unnamed.Wording), [.. via]);
                    case CreditsSource { SourceId: var next } when next == current:
                        return new PassageTrace(new OwnVoiceRoot(current), [.. via]);
                    case CreditsSource { SourceId: var next } when via.Contains(next):
                        var circle = via.Skip(via.IndexOf(next)).Order(StringComparer.Ordinal).First();
                        return new PassageTrace(new OwnVoiceRoot(circle), [.. via, next], Circle: true);
                    case CreditsSource { SourceId: var next }:
                        via.Add(next);
                        current = next;
                        credit = CreditOf(next, firstCredit.GetValueOrDefault(next));
                        break;
                    default:
                        throw new InvalidOperationException("unknown credit");
                }
            }
        }).ToList();

        return MergeSameStory(traces, sources);
    }

    /// <summary>Sources speaking for themselves and linked by same-story become one root, named by the first of them in id order.</summary>
    private static ImmutableArray<PassageTrace> MergeSameStory(List<PassageTrace> traces, IReadOnlyDictionary<string, SourceCredits> sources)
    {
        var voices = traces.Select(t => t.Root).OfType<OwnVoiceRoot>().Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal);
        var group = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var voice in voices.Order(StringComparer.Ordinal))
        {
            if (group.ContainsKey(voice))
            {
                continue;
            }
            // Walk same-story links among this claim's own voices (links through a source not speaking for itself
            // here do not join: that source's words came from elsewhere).
            var members = new SortedSet<string>(StringComparer.Ordinal) { voice };
            var queue = new Queue<string>([voice]);
            while (queue.TryDequeue(out var member))
            {
                foreach (var other in sources.TryGetValue(member, out var facts) ? facts.SameStory : [])
                {
                    if (voices.Contains(other) && members.Add(other))
                    {
                        queue.Enqueue(other);
                    }
                }
            }
            var ordered = members.ToImmutableArray();
            foreach (var member in ordered)
            {
                group[member] = ordered;
            }
        }
        return [.. traces.Select(t => t.Root is OwnVoiceRoot own && group[own.SourceId] is { Length: > 1 } members
            ? t with { Root = new OwnVoiceRoot(members[0]) { SameStory = members } }
            : t)];
    }
}
