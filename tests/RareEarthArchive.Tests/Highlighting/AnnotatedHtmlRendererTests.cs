using Markdig;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Site.Highlighting;

namespace RareEarthArchive.Tests.Highlighting;

public sealed class AnnotatedHtmlRendererTests
{
    public static TheoryData<int> CorpusIndexes() => new(Enumerable.Range(0, HighlightCorpus.Bodies.Length));

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void Without_highlights_the_html_is_markdigs(int index)
    {
        var text = ReaderText.Parse(HighlightCorpus.Bodies[index]);
        Assert.Equal(text.Document.ToHtml(MarkdownPipelines.Archive), AnnotatedHtmlRenderer.Render(text, []));
    }

    [Fact]
    public void A_passage_is_marked_where_it_stands()
    {
        var html = Render("Hello world, again.", "world", new Highlight(0, 0, "claim-1", "claim"));
        Assert.Equal("<p>Hello <mark id=\"claim-1\" class=\"claim\">world</mark>, again.</p>\n", html);
    }

    [Fact]
    public void The_after_link_follows_the_last_piece_only_and_adds_no_text()
    {
        var link = new HighlightLink("#note-a", "Note <1> & \"more\"");
        var html = Render("Hello *big* world, again.", "lo big wo", new Highlight(0, 0, "a", "c", After: link));
        Assert.Equal(
            "<p>Hel<mark id=\"a\" class=\"c\">lo </mark><em><mark data-continues=\"a\" class=\"c\">big</mark></em><mark data-continues=\"a\" class=\"c\"> wo</mark>"
            + "<a class=\"note-ref\" href=\"#note-a\" aria-label=\"Note &lt;1&gt; &amp; &quot;more&quot;\"></a>rld, again.</p>\n",
            html);
    }

    [Fact]
    public void A_nested_passage_gets_its_link_inside_the_outer_mark()
    {
        var text = ReaderText.Parse("One two three four.");
        var html = AnnotatedHtmlRenderer.Render(text,
        [
            new Highlight(0, 13, "outer", "o", After: new HighlightLink("#n-outer", "outer")),
            new Highlight(4, 3, "inner", "i", After: new HighlightLink("#n-inner", "inner")),
        ]);
        Assert.Equal(
            "<p><mark id=\"outer\" class=\"o\">One <mark id=\"inner\" class=\"i\">two</mark><a class=\"note-ref\" href=\"#n-inner\" aria-label=\"inner\"></a> three</mark>"
            + "<a class=\"note-ref\" href=\"#n-outer\" aria-label=\"outer\"></a> four.</p>\n",
            html);
    }

    [Fact]
    public void Unresolved_reference_brackets_are_text_and_can_be_marked()
    {
        // "[5][9]" with no link definition stays literal text; Markdig keeps a delimiter node for the "[".
        Assert.Equal("refining [5][9][30] today", ReaderText.Parse("refining [5][9][30] today").Text);
        var html = Render("refining [5][9][30] today", "refining [5][9][30]", new Highlight(0, 0, "a", "c"));
        var marks = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("mark");
        Assert.Equal("a", marks[0].Id);
        Assert.All(marks.Skip(1), m => Assert.Equal("a", m.GetAttribute("data-continues")));
        Assert.Equal("refining [5][9][30]", string.Concat(marks.Select(m => m.TextContent)));
        Assert.EndsWith("</mark> today</p>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_crossing_emphasis_is_split_with_the_id_on_the_first_piece()
    {
        var html = Render("Hello *big* world", "lo big wo", new Highlight(0, 0, "a", "c"));
        Assert.Equal(
            "<p>Hel<mark id=\"a\" class=\"c\">lo </mark><em><mark data-continues=\"a\" class=\"c\">big</mark></em><mark data-continues=\"a\" class=\"c\"> wo</mark>rld</p>\n",
            html);
    }

    [Fact]
    public void A_passage_crossing_paragraphs_is_split_per_paragraph()
    {
        var html = Render("First ends here.\n\nSecond starts here.", "here. Second", new Highlight(0, 0, "a", "c"));
        Assert.Equal(
            "<p>First ends <mark id=\"a\" class=\"c\">here.</mark></p>\n<p><mark data-continues=\"a\" class=\"c\">Second</mark> starts here.</p>\n",
            html);
    }

    [Fact]
    public void A_soft_line_break_stays_inside_the_mark()
    {
        var html = Render("one two\nthree four", "two three", new Highlight(0, 0, "a", "c"));
        Assert.Equal("<p>one <mark id=\"a\" class=\"c\">two\nthree</mark> four</p>\n", html);
    }

    [Fact]
    public void A_hard_line_break_sits_inside_the_mark()
    {
        var html = Render("one two  \nthree four", "two three", new Highlight(0, 0, "a", "c"));
        Assert.Equal("<p>one <mark id=\"a\" class=\"c\">two<br />\nthree</mark> four</p>\n", html);
    }

    [Fact]
    public void A_signal_inside_a_claim_nests()
    {
        var text = ReaderText.Parse("The plan is *bound to fail*, the newsletter said.");
        var claim = Span(text, "plan is bound to fail, the", "claim", "claim");
        var signal = Span(text, "bound to fail", "signal", "signal");
        var html = AnnotatedHtmlRenderer.Render(text, [signal, claim]);
        Assert.Equal(
            "<p>The <mark id=\"claim\" class=\"claim\">plan is </mark><em><mark data-continues=\"claim\" class=\"claim\"><mark id=\"signal\" class=\"signal\">bound to fail</mark></mark></em><mark data-continues=\"claim\" class=\"claim\">, the</mark> newsletter said.</p>\n",
            html);
        HtmlChecks.AssertWellFormed(html);
    }

    [Fact]
    public void Crossing_passages_close_and_reopen_the_inner_one()
    {
        var text = ReaderText.Parse("alpha beta gamma delta");
        var html = AnnotatedHtmlRenderer.Render(text, [Span(text, "alpha beta gamma", "x", "a"), Span(text, "beta gamma delta", "y", "b")]);
        Assert.Equal(
            "<p><mark id=\"x\" class=\"a\">alpha <mark id=\"y\" class=\"b\">beta gamma</mark></mark><mark data-continues=\"y\" class=\"b\"> delta</mark></p>\n",
            html);
        HtmlChecks.AssertWellFormed(html);
    }

    [Fact]
    public void Identical_passages_nest_in_the_callers_order()
    {
        var text = ReaderText.Parse("same words");
        var html = AnnotatedHtmlRenderer.Render(text, [Span(text, "same", "first", "a"), Span(text, "same", "second", "b")]);
        Assert.Equal("<p><mark id=\"first\" class=\"a\"><mark id=\"second\" class=\"b\">same</mark></mark> words</p>\n", html);
    }

    [Fact]
    public void Attributes_are_escaped_sorted_and_on_every_piece()
    {
        var attributes = new Dictionary<string, string>
        {
            ["title"] = "Says \"certain\" & <b>sure</b>",
            ["data-claim"] = "india-reserves",
            ["aria-describedby"] = "note-1",
        };
        var html = Render("a *b* c", "a b", new Highlight(0, 0, "x\"y", "claim stance-supports", attributes));
        Assert.Equal(
            "<p><mark id=\"x&quot;y\" class=\"claim stance-supports\" aria-describedby=\"note-1\" data-claim=\"india-reserves\" title=\"Says &quot;certain&quot; &amp; &lt;b&gt;sure&lt;/b&gt;\">a </mark><em><mark data-continues=\"x&quot;y\" class=\"claim stance-supports\" aria-describedby=\"note-1\" data-claim=\"india-reserves\" title=\"Says &quot;certain&quot; &amp; &lt;b&gt;sure&lt;/b&gt;\">b</mark></em> c</p>\n",
            html);
    }

    [Fact]
    public void Text_inside_marks_is_escaped()
    {
        var html = Render("Use <script>alert(1)</script> &amp; \"quotes\"", "<script>alert(1)</script> & \"quotes\"", new Highlight(0, 0, "a", "c"));
        Assert.Equal("<p>Use <mark id=\"a\" class=\"c\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</mark></p>\n", html);
    }

    [Fact]
    public void Marks_go_inside_code_links_and_code_blocks()
    {
        Assert.Equal(
            "<p>Run <code><mark id=\"a\" class=\"c\">rea</mark> build</code> now</p>\n",
            Render("Run `rea build` now", "rea", new Highlight(0, 0, "a", "c")));
        Assert.Equal(
            "<p>See <a href=\"https://example.com/x\">https://<mark id=\"a\" class=\"c\">example.com</mark>/x</a>.</p>\n",
            Render("See <https://example.com/x>.", "example.com", new Highlight(0, 0, "a", "c")));
        Assert.Equal(
            "<pre><code>first <mark id=\"a\" class=\"c\">line\nsecond</mark> line\n</code></pre>\n",
            Render("    first line\n    second line\n", "line second", new Highlight(0, 0, "a", "c")));
        Assert.Equal(
            "<pre><code class=\"language-js\">let <mark id=\"a\" class=\"c\">x</mark>;\n</code></pre>\n",
            Render("```js\nlet x;\n```\n", "x", new Highlight(0, 0, "a", "c")));
    }

    [Fact]
    public void Marks_go_around_decoded_entities()
    {
        Assert.Equal(
            "<p>Tom <mark id=\"a\" class=\"c\">&amp;</mark> Jerry</p>\n",
            Render("Tom &amp; Jerry", "&", new Highlight(0, 0, "a", "c")));
    }

    [Fact]
    public void Images_are_left_alone()
    {
        var html = Render("before ![alt text](https://x.y/i.png) after", "before after", new Highlight(0, 0, "a", "c"));
        Assert.Equal(
            "<p><mark id=\"a\" class=\"c\">before </mark><img src=\"https://x.y/i.png\" alt=\"alt text\" /> <mark data-continues=\"a\" class=\"c\">after</mark></p>\n",
            html);
    }

    [Fact]
    public void Highlights_that_cannot_be_written_are_refused()
    {
        var text = ReaderText.Parse("a😀b text");
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(0, 0, "a", "c")]));
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(-1, 2, "a", "c")]));
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(5, 99, "a", "c")]));
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(0, 2, "a", "c")]));
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(0, 1, "a", "c"), new Highlight(4, 1, "a", "c")]));
        Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(0, 1, "", "c")]));
        foreach (var name in new[] { "onclick", "OnMouseOver", "id", "class", "data-continues", "a b", "x=\"y\"", "" })
        {
            Assert.Throws<ArgumentException>(() => AnnotatedHtmlRenderer.Render(text, [new Highlight(0, 1, "a", "c", new Dictionary<string, string> { [name] = "v" })]));
        }
    }

    [Fact]
    public void Rendering_is_deterministic_and_leaves_the_document_reusable()
    {
        var text = ReaderText.Parse(HighlightCorpus.Bodies[0]);
        Highlight[] highlights = [new Highlight(3, 20, "a", "c"), new Highlight(10, 30, "b", "d")];
        var first = AnnotatedHtmlRenderer.Render(text, highlights);
        Assert.Equal(first, AnnotatedHtmlRenderer.Render(text, highlights));
        Assert.Equal(text.Document.ToHtml(MarkdownPipelines.Archive), AnnotatedHtmlRenderer.Render(text, []));
        var parallel = new string[16];
        Parallel.For(0, parallel.Length, i => parallel[i] = AnnotatedHtmlRenderer.Render(text, highlights));
        Assert.All(parallel, html => Assert.Equal(first, html));
    }

    /// <summary>
    /// Many random passages over every kind of node: the output is well formed, removing the
    /// marks gives Markdig's HTML back, each passage's marks read exactly as its reader text,
    /// and the id is on the first piece only.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void Random_passages_are_marked_exactly(int index)
    {
        var text = ReaderText.Parse(HighlightCorpus.Bodies[index]);
        var plain = HtmlChecks.WithoutMarks(text.Document.ToHtml(MarkdownPipelines.Archive));
        var random = new Random(1000 + index);
        for (var round = 0; round < 150; round++)
        {
            var highlights = Enumerable.Range(0, random.Next(1, 5))
                .Select(i => RandomHighlight(text.Text, random, $"h{i}"))
                .ToArray();
            var html = AnnotatedHtmlRenderer.Render(text, highlights);
            var what = $"body {index}, round {round}: {string.Join(", ", highlights.Select(h => $"{h.AnchorId}({h.Start},{h.Length})"))}\n{html}";

            HtmlChecks.AssertWellFormed(html);
            Assert.True(plain == HtmlChecks.WithoutMarks(html), what);
            var document = HtmlChecks.Parse(html);
            foreach (var highlight in highlights)
            {
                var pieces = HtmlChecks.Pieces(document, highlight.AnchorId);
                var expected = text.Text.Substring(highlight.Start, highlight.Length).Trim();
                Assert.True(expected == HtmlChecks.ReadPieces(pieces).Trim(), $"{highlight.AnchorId} reads \"{HtmlChecks.ReadPieces(pieces)}\", expected \"{expected}\"; {what}");
                if (pieces.Count > 0)
                {
                    Assert.True(pieces[0].GetAttribute("id") == highlight.AnchorId, what);
                    Assert.All(pieces.Skip(1), piece => Assert.False(piece.HasAttribute("id"), what));
                    Assert.All(pieces, piece => Assert.Equal("hl " + highlight.AnchorId, piece.GetAttribute("class")));
                    Assert.All(pieces, piece => Assert.NotEqual("", piece.TextContent));
                }
            }
        }
    }

    private static Highlight RandomHighlight(string text, Random random, string id)
    {
        var start = random.Next(text.Length);
        var end = Math.Min(text.Length, start + 1 + random.Next(Math.Min(60, text.Length)));
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return new Highlight(start, end - start, id, "hl " + id, new Dictionary<string, string> { ["data-claim"] = id });
    }

    private static Highlight Span(ReaderText text, string passage, string id, string cssClass)
    {
        var start = text.Text.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(start >= 0, passage);
        Assert.Equal(start, text.Text.LastIndexOf(passage, StringComparison.Ordinal));
        return new Highlight(start, passage.Length, id, cssClass);
    }

    /// <summary>Renders <paramref name="body"/> with <paramref name="template"/> placed over <paramref name="passage"/>.</summary>
    private static string Render(string body, string passage, Highlight template)
    {
        var text = ReaderText.Parse(body);
        var anchored = Assert.IsType<Anchored>(QuoteAnchor.Find(text, new TextQuote(passage)));
        return AnnotatedHtmlRenderer.Render(text, [template with { Start = anchored.Start, Length = anchored.Length }]);
    }
}
