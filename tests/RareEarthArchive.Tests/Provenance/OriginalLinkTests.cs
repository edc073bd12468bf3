using System.Text.Json;
using RareEarthArchive.Core.TextFragments;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Tests.Provenance;

public sealed class OriginalLinkTests(ProvenanceArchive archive) : IClassFixture<ProvenanceArchive>
{
    private const string WireUrl = "https://wire.example.com/2025/06/05/magnets?ref=home&lang=en";

    [Fact]
    public void A_source_with_an_archive_date_links_the_nearest_wayback_capture_as_a_robust_link()
    {
        var page = archive.Site.Page("sources/wire-report/index.html");
        var wayback = page.QuerySelector("a.wayback-link")!;
        var original = page.QuerySelector("a.original-link")!;

        Assert.Equal("https://web.archive.org/web/20250606120000/" + WireUrl, wayback.GetAttribute("href"));
        Assert.Equal(WireUrl, wayback.GetAttribute("data-originalurl"));
        Assert.Equal("2025-06-06", wayback.GetAttribute("data-versiondate"));
        Assert.Equal(WireUrl, original.GetAttribute("href"));
        Assert.Equal(wayback.GetAttribute("href"), original.GetAttribute("data-versionurl"));
        Assert.Equal("2025-06-06", original.GetAttribute("data-versiondate"));
    }

    [Theory]
    [InlineData("2025-06-06", "20250606120000")]
    [InlineData("2025-06", "20250616000000")]
    [InlineData("2025-07", "20250716120000")]
    [InlineData("2025", "20250702120000")]
    [InlineData("2024", "20240702000000")]
    public void The_wayback_timestamp_has_fourteen_digits_at_the_middle_of_the_archive_date(string date, string timestamp)
    {
        Assert.True(Core.Model.PartialDate.TryParse(date, out var parsed));
        Assert.Equal(timestamp, Core.Provenance.Wayback.Timestamp(parsed!));
        Assert.Equal($"https://web.archive.org/web/{timestamp}/https://a.example/x?y=1", Core.Provenance.Wayback.CaptureUrl("https://a.example/x?y=1#frag", parsed!));
    }

    [Fact]
    public void A_source_without_an_archive_date_has_no_wayback_link()
    {
        var page = archive.Site.Page("sources/blog-relay/index.html");

        Assert.Null(page.QuerySelector("a.wayback-link"));
        Assert.Null(page.QuerySelector("a.original-link")!.GetAttribute("data-versionurl"));
    }

    [Fact]
    public void Every_text_fragment_link_lands_on_its_own_passage_and_nowhere_else()
    {
        var links = 0;
        foreach (var source in archive.Model.Sources.Where(s => s.Source.Url is not null))
        {
            var page = archive.Site.Page($"sources/{source.Id}/index.html");
            var text = FragmentText.From(source.Validated.Document.Text);
            foreach (var annotation in source.Annotations)
            {
                var link = page.QuerySelector($"#note-{annotation.AnchorId} a.original-passage");
                if (link is null)
                {
                    continue;
                }
                links++;
                var href = link.GetAttribute("href")!;
                var (page_, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + "#:~:text=".Length)..]);
                Assert.Equal(source.Source.Url!.Split('#')[0], page_);
                var directive = TextDirective.Parse(fragment);
                Assert.NotNull(directive);
                Assert.Equal([(annotation.Start, annotation.Start + annotation.Length)],
                    TextDirectiveMatcher.FindAll(text, directive!, TextDirectiveMatcher.Mode.Lenient));
                Assert.Equal($"{ProvenanceArchive.BaseUrl}sources/{source.Id}/#{annotation.AnchorId}", link.GetAttribute("data-versionurl"));
            }
        }
        Assert.Equal(4, links);
    }

    [Fact]
    public void Repeated_words_get_context_and_a_passage_no_fragment_can_single_out_gets_no_link()
    {
        var wire = archive.Site.Page("sources/wire-report/index.html");
        Assert.EndsWith("#:~:text=Exports%20of%20magnets%20were%20halted,-on", wire.QuerySelector("#note-magnet-exports-halted a.original-passage")!.GetAttribute("href"));
        Assert.EndsWith("#:~:text=that-,exports%20of%20magnets%20were%20halted", wire.QuerySelector("#note-halted-again a.original-passage")!.GetAttribute("href"));
        Assert.EndsWith("#:~:text=Licences,shipment.", wire.QuerySelector("#note-licences-case-by-case a.original-passage")!.GetAttribute("href"));

        var notes = archive.Site.Page("sources/stock-notes/index.html");
        Assert.NotNull(notes.QuerySelector("#note-licences-case-by-case"));
        Assert.Null(notes.QuerySelector("a.original-passage"));
    }

    [Fact]
    public void Claim_pages_offer_the_same_link_beside_each_appearance()
    {
        var page = archive.Site.Page("claims/magnet-exports-halted/index.html");
        var source = archive.Site.Page("sources/blog-relay/index.html");

        Assert.Equal(source.QuerySelector("#note-magnet-exports-halted a.original-passage")!.GetAttribute("href"),
            page.QuerySelector("#from-blog-relay-magnet-exports-halted a.original-passage")!.GetAttribute("href"));
    }

    [Fact]
    public void The_web_annotation_export_targets_the_original_with_a_time_state_and_the_archive_with_its_hash()
    {
        // A small archive: its annotations fit on the collection's first page.
        using var json = JsonDocument.Parse(archive.Site.Files[WebAnnotationExport.PagePath(1)]);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var wire = items.First(i => i.GetProperty("id").GetString()!.EndsWith("/sources/wire-report/#magnet-exports-halted", StringComparison.Ordinal));
        var targets = wire.GetProperty("target").EnumerateArray().ToList();

        Assert.Equal(2, targets.Count);
        Assert.Equal(archive.Model.Sources.Single(s => s.Id == "wire-report").Validated.Sha256, targets[0].GetProperty(WebAnnotationExport.Sha256Term).GetString());
        Assert.Equal(WireUrl, targets[1].GetProperty("source").GetString());
        var state = targets[1].GetProperty("state");
        Assert.Equal("TimeState", state.GetProperty("type").GetString());
        Assert.Equal("2025-06-06T00:00:00Z", state.GetProperty("sourceDateStart").GetString());
        Assert.Equal("2025-06-06T23:59:59Z", state.GetProperty("sourceDateEnd").GetString());
        Assert.Equal("https://web.archive.org/web/20250606120000/" + WireUrl, state.GetProperty("cached").GetString());
        Assert.Equal("Exports of magnets were halted", targets[1].GetProperty("selector").GetProperty("exact").GetString());

        // Without a url the target is the archive's page alone; without a capture, no cached.
        var paper = items.First(i => i.GetProperty("id").GetString()!.Contains("/sources/paper-column/", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, paper.GetProperty("target").ValueKind);
        var blog = items.First(i => i.GetProperty("id").GetString()!.Contains("/sources/blog-relay/", StringComparison.Ordinal));
        var blogState = blog.GetProperty("target")[1].GetProperty("state");
        Assert.Equal("2025-06-07T00:00:00Z", blogState.GetProperty("sourceDateStart").GetString());
        Assert.False(blogState.TryGetProperty("cached", out _));
    }
}
