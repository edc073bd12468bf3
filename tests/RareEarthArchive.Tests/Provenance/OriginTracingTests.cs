using System.Collections.Immutable;
using RareEarthArchive.Core.Provenance;

namespace RareEarthArchive.Tests.Provenance;

/// <summary>The independence rule on constructed cases: chains, circles, self-relay, unnamed credits, cites and same-story.</summary>
public sealed class OriginTracingTests
{
    [Fact]
    public void Sources_speaking_for_themselves_are_one_origin_each()
    {
        var roots = Roots([P("a"), P("b"), P("a")], S("a"), S("b"));

        Assert.Equal([Own("a"), Own("b"), Own("a")], roots);
        Assert.Equal(2, roots.Distinct().Count());
    }

    [Fact]
    public void A_chain_of_relays_ends_at_the_origin_its_last_link_credits()
    {
        // blog-1 relays aggregator, which relays the wire; blog-2 credits the wire itself.
        var traces = OriginTracing.Trace(
            [P("blog-1", new CreditsSource("aggregator")), P("aggregator", new CreditsOrigin("wire")), P("blog-2", new CreditsOrigin("wire"))],
            Facts(S("blog-1"), S("aggregator"), S("blog-2")));

        Assert.All(traces, t => Assert.Equal(new DeclaredRoot("wire"), t.Root));
        Assert.Equal(["blog-1", "aggregator"], traces[0].Via);
    }

    [Fact]
    public void A_chain_through_a_source_that_does_not_state_the_claim_uses_that_source_s_own_origin()
    {
        var roots = Roots([P("blog", new CreditsSource("paper"))], S("blog"), S("paper", origin: new CreditsOrigin("wire")));

        Assert.Equal([new DeclaredRoot("wire")], roots);
    }

    [Fact]
    public void An_archived_source_that_credits_nobody_is_the_origin_of_those_who_relay_it()
    {
        var roots = Roots([P("blog", new CreditsSource("paper")), P("paper")], S("blog"), S("paper"));

        Assert.Equal([Own("paper"), Own("paper")], roots);
    }

    [Fact]
    public void A_source_that_relays_itself_speaks_for_itself()
    {
        var roots = Roots([P("a", new CreditsSource("a"))], S("a", origin: new CreditsSource("a")));

        Assert.Equal([Own("a")], roots);
    }

    [Fact]
    public void Sources_that_credit_each_other_in_a_circle_are_one_voice_and_tracing_ends()
    {
        var roots = Roots([P("c", new CreditsSource("b")), P("b", new CreditsSource("a")), P("a", new CreditsSource("c"))], S("a"), S("b"), S("c"));

        Assert.Equal([Own("a"), Own("a"), Own("a")], roots);
    }

    [Fact]
    public void Unnamed_credits_count_apart_per_source_and_wording()
    {
        var roots = Roots(
            [P("a", new CreditsUnnamed("US sources")), P("a", new CreditsUnnamed("US sources")), P("b", new CreditsUnnamed("US sources")), P("a")],
            S("a"), S("b"));

        Assert.Equal([new UnnamedRoot("a", "US sources"), new UnnamedRoot("a", "US sources"), new UnnamedRoot("b", "US sources"), Own("a")], roots);
        Assert.Equal(3, roots.Distinct().Count());
    }

    [Fact]
    public void A_passage_s_own_credit_overrides_its_source_s_origin()
    {
        var roots = Roots([P("agg", new CreditsOrigin("treasury")), P("agg")], S("agg", origin: new CreditsOrigin("outlet")));

        Assert.Equal([new DeclaredRoot("treasury"), new DeclaredRoot("outlet")], roots);
    }

    [Fact]
    public void Cites_counts_only_towards_a_source_that_states_the_same_claim()
    {
        var facts = new[] { S("blog", cites: ["paper", "wire"]), S("paper"), S("wire") };

        Assert.Equal([Own("wire"), Own("wire")], Roots([P("blog"), P("wire")], facts));
        Assert.Equal([Own("blog")], Roots([P("blog")], facts));
    }

    [Fact]
    public void Same_story_joins_sources_speaking_for_themselves_but_not_one_whose_words_came_from_elsewhere()
    {
        var facts = new[] { S("a", sameStory: ["b"]), S("b", sameStory: ["a", "c"]), S("c", sameStory: ["b"]), S("d") };

        var joined = OriginTracing.Trace([P("a"), P("c"), P("b"), P("d")], Facts(facts));
        Assert.Equal(["a", "a", "a", "d"], joined.Select(t => ((OwnVoiceRoot)t.Root).SourceId));
        Assert.Equal(["a", "b", "c"], ((OwnVoiceRoot)joined[0].Root).SameStory);

        // b relays a declared origin here: a and c are no longer linked through it.
        var split = Roots([P("a"), P("c"), P("b", new CreditsOrigin("wire"))], facts);
        Assert.Equal([Own("a"), Own("c"), new DeclaredRoot("wire")], split);
    }

    private static List<OriginRoot> Roots(ClaimPassage[] passages, params SourceCredits[] sources) =>
        [.. OriginTracing.Trace(passages, Facts(sources)).Select(t => t.Root)];

    private static Dictionary<string, SourceCredits> Facts(params SourceCredits[] sources) => sources.ToDictionary(s => s.SourceId, StringComparer.Ordinal);

    private static ClaimPassage P(string source, Credit? credit = null) => new(source, credit);

    private static OwnVoiceRoot Own(string source) => new(source);

    private static SourceCredits S(string id, Credit? origin = null, string[]? cites = null, string[]? sameStory = null) =>
        new(id, origin, [.. cites ?? []], [.. sameStory ?? []]);
}
