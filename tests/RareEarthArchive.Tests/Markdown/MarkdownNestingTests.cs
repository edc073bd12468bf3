using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Markdown;

/// <summary>
/// The nesting pre-scan against the pipelines it protects: what it lets through, Markdig renders; what Markdig
/// would refuse, it finds first. The fence cases come from the hostile fuzz test (seed 20261202, iteration 390):
/// a note's one-liner pipeline has no code fences, so a "~~~" line there hides nothing.
/// </summary>
public sealed class MarkdownNestingTests
{
    public static TheoryData<string> FenceThenBrackets => new()
    {
        "~~~\n\n" + new string('[', 200),
        "```\n" + new string('[', 200),
        "text ===\n~~~\n\njavascript:alert(1)" + new string('[', 200),
        "~~~\n" + string.Concat(Enumerable.Repeat("*a ", 200)),
    };

    [Theory]
    [MemberData(nameof(FenceThenBrackets))]
    public void A_fence_hides_nothing_in_a_note(string note)
    {
        Assert.NotNull(MarkdownNesting.Find(note, inlineOnly: true));
        // Without the guard the one-liner pipeline throws (Markdig's depth limit) or overflows the stack.
        Assert.ThrowsAny<Exception>(() => ContributorMarkdown.ToInlineHtml(note[..Math.Min(note.Length, 160)] + new string('[', 140)));
    }

    [Fact]
    public void In_a_block_text_a_fence_still_makes_its_content_literal()
    {
        var body = "```\n" + new string('[', 200) + "\n```\n";
        Assert.Null(MarkdownNesting.Find(body));
        Assert.Contains("<code>", ContributorMarkdown.ToHtml(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a [link](http://a.example) and *emphasis* and `code [`")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("~~~\nplain words\n~~~")]
    public void Ordinary_notes_pass_and_render(string note)
    {
        Assert.Null(MarkdownNesting.Find(note, inlineOnly: true));
        Assert.NotNull(ContributorMarkdown.ToInlineHtml(note));
    }
}
