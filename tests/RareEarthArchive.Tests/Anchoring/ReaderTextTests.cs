using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Anchoring;

public sealed class ReaderTextTests
{
    [Theory]
    [InlineData("Hello *world*", "Hello world")]
    [InlineData("A **strong** and _em_ and ~~tilde~~", "A strong and em and ~~tilde~~")]
    [InlineData("A [link text](https://example.com) here", "A link text here")]
    [InlineData("Run `rea build`  now", "Run rea build now")]
    [InlineData("Tom &amp; Jerry &copy; 2025", "Tom & Jerry © 2025")]
    [InlineData("See <https://example.com/x>.", "See https://example.com/x.")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("hard break  \nnext", "hard break next")]
    [InlineData("para one.\n\n\n   para two.", "para one. para two.")]
    [InlineData("# Heading\nText", "Heading Text")]
    [InlineData("- one\n- two\n\n> quoted\n> text", "one two quoted text")]
    [InlineData("| a | b |\n|---|---|\n| c | d |", "a b c d")]
    [InlineData("    indented  code\n    second", "indented code second")]
    [InlineData("```\nfenced\n```\nafter", "fenced after")]
    [InlineData("An ![image alt](x.png) here", "An here")]
    [InlineData("Escaped \\*stars\\* stay", "Escaped *stars* stay")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("no\u00A0break\u3000ideographic\tand tab", "no break ideographic and tab")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen", "zerowidth softhyphen")]
    [InlineData("   \n\n  ", "")]
    [InlineData("---\n\nafter rule", "after rule")]
    public void Text_is_what_a_reader_sees(string body, string expected)
    {
        Assert.Equal(expected, ReaderText.Parse(body).Text);
    }

    [Fact]
    public void Crlf_bodies_read_like_lf_bodies()
    {
        Assert.Equal(ReaderText.Parse("a *b*\nc\n\nd").Text, ReaderText.Parse("a *b*\r\nc\r\n\r\nd").Text);
    }

    [Fact]
    public void Every_index_maps_back_to_its_line_and_offset()
    {
        const string body = "First *line*\nsecond line\n\nThird `code` [link](https://x.y)\n\n    code block\n";
        var text = ReaderText.Parse(body);
        Assert.Equal("First line second line Third code link code block", text.Text);

        AssertOrigin(text, body, "line", 1);
        AssertOrigin(text, body, "second", 2);
        AssertOrigin(text, body, "Third", 4);
        AssertOrigin(text, body, "code", 4);
        AssertOrigin(text, body, "link", 4);
        AssertOrigin(text, body, "block", 6);
    }

    [Fact]
    public void Escapes_and_table_cells_map_inside_their_node()
    {
        const string body = "| cell a | \\*b |\n|---|---|\n| x | y |\n";
        var text = ReaderText.Parse(body);
        Assert.Equal("cell a *b x y", text.Text);
        Assert.Equal(body.IndexOf("cell", StringComparison.Ordinal), text.SourceOffsetOf(0));
        Assert.Equal(body.IndexOf("*b", StringComparison.Ordinal), text.SourceOffsetOf(text.Text.IndexOf('*', StringComparison.Ordinal)));
        Assert.Equal(3, text.LineOf(text.Text.IndexOf('x', StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_the_body_lines_still_come_from_the_syntax_tree()
    {
        const string body = "one\n\ntwo *three*";
        var text = ReaderText.Build(Markdig.Markdown.Parse(body, MarkdownPipelines.Archive));
        Assert.Equal("one two three", text.Text);
        Assert.Equal(3, text.LineOf(text.Text.IndexOf("three", StringComparison.Ordinal)));
        Assert.Equal(body.IndexOf("three", StringComparison.Ordinal), text.SourceOffsetOf(text.Text.IndexOf("three", StringComparison.Ordinal)));
        Assert.Null(text.Body);
    }

    [Fact]
    public void Node_indices_cover_each_rendered_character()
    {
        const string body = "a  *b*\nc";
        var text = ReaderText.Parse(body);
        Assert.Equal("a b c", text.Text);
        var literals = text.Document.Descendants<LiteralInline>().ToArray();
        Assert.Equal([0, 1, -1], text.IndicesOf(literals[0]).ToArray()); // "a  ": the second space folds away
        Assert.Equal([2], text.IndicesOf(literals[1]).ToArray());
        var lineBreak = text.Document.Descendants<LineBreakInline>().Single();
        Assert.Equal([3], text.IndicesOf(lineBreak).ToArray());
        Assert.Equal([4], text.IndicesOf(literals[2]).ToArray());
        Assert.True(text.IndicesOf(text.Document).IsEmpty);
    }

    [Fact]
    public void Every_reader_character_comes_from_exactly_one_node_or_a_boundary()
    {
        const string body = "Para *one* `two`\n\n- three &amp; four\n- <https://five.example>\n\n    six\n    seven\n";
        var text = ReaderText.Parse(body);
        var owners = new int[text.Length];
        foreach (var node in text.Document.Descendants())
        {
            foreach (var index in text.IndicesOf(node))
            {
                if (index >= 0)
                {
                    owners[index]++;
                }
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(text.Text[i] == ' ' ? owners[i] : 1, owners[i]);
            Assert.InRange(owners[i], 0, 1);
            Assert.True(owners[i] == 1 || text.Text[i] == ' ', $"index {i} '{text.Text[i]}' has no node");
        }
    }

    [Fact]
    public void Context_gives_whole_words_around_a_passage()
    {
        var text = ReaderText.Parse("It is important to note that *India* holds the world's third-largest reserves, so increasing output matters.");
        var start = text.Text.IndexOf("India", StringComparison.Ordinal);
        var (before, after) = text.Context(start, "India holds".Length, 3);
        Assert.Equal("to note that ", before);
        Assert.Equal(" the world's third-largest", after);

        var (none, all) = text.Context(0, 2, 50);
        Assert.Equal("", none);
        Assert.Equal(text.Text[2..], all);

        var (zeroBefore, zeroAfter) = text.Context(start, 5, 0);
        Assert.Equal("", zeroBefore);
        Assert.Equal("", zeroAfter);
    }

    [Fact]
    public void Context_counts_each_cjk_character_as_a_word()
    {
        var text = ReaderText.Parse("中国稀土出口管制引发关注。");
        var start = text.Text.IndexOf("出口", StringComparison.Ordinal);
        var (before, after) = text.Context(start, 2, 2);
        Assert.Equal("稀土", before);
        Assert.Equal("管制", after);
    }

    [Fact]
    public void Context_keeps_surrogate_pairs_whole()
    {
        var text = ReaderText.Parse("𠮷野家 makes 𩸽 rice");
        var start = text.Text.IndexOf("makes", StringComparison.Ordinal);
        var (before, after) = text.Context(start, 5, 2);
        Assert.Equal("野家 ", before);
        Assert.Equal(" 𩸽 rice", after);
        Assert.Equal("𠮷野家 ", text.Context(start, 5, 3).Before);
    }

    [Fact]
    public void Context_rejects_a_passage_outside_the_text()
    {
        var text = ReaderText.Parse("short text");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Context(5, 20, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Context(-1, 1, 2));
    }

    [Fact]
    public void Code_point_offsets_count_a_surrogate_pair_once()
    {
        var text = ReaderText.Parse("a😀b𠮷c");
        Assert.Equal("a😀b𠮷c", text.Text);
        Assert.Equal(0, text.CodePointOffsetOf(0));
        Assert.Equal(1, text.CodePointOffsetOf(1));
        Assert.Equal(2, text.CodePointOffsetOf(3));
        Assert.Equal(3, text.CodePointOffsetOf(4));
        Assert.Equal(5, text.CodePointOffsetOf(text.Length));
    }

    private static void AssertOrigin(ReaderText text, string body, string word, int line)
    {
        var index = text.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(index >= 0, word);
        Assert.Equal(line, text.LineOf(index));
        var offset = text.SourceOffsetOf(index);
        Assert.Equal(word, body.Substring(offset, word.Length));
    }
}
