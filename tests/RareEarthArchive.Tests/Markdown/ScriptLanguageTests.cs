using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Tests.Markdown;

public sealed class ScriptLanguageTests
{
    [Theory]
    [InlineData("四国在美牵手,建立稀土联盟", "zh")]
    [InlineData("稀土联盟 ok", "zh")]
    [InlineData("東京タワーに行きました", "ja")]
    [InlineData("한국어 텍스트입니다", "ko")]
    [InlineData("The rare earth alliance 稀土", null)]
    [InlineData("Café au lait", null)]
    [InlineData("2025-07-05 02:33", null)]
    [InlineData("", null)]
    public void Detects_only_scripts_that_name_their_language(string text, string? expected) =>
        Assert.Equal(expected, ScriptLanguage.Detect(text));

    [Fact]
    public void Blocks_in_another_script_than_the_source_get_a_lang_attribute()
    {
        var text = ReaderText.Parse("# 四国在美牵手,建立稀土联盟\n\nAn English paragraph about 稀土.\n\n- 中文列表项\n");
        ForeignScriptBlocks.Mark(text.Document, "en");
        var html = Markdig.Markdown.ToHtml(text.Document, MarkdownPipelines.Archive);
        Assert.Equal("<h3 lang=\"zh\">四国在美牵手,建立稀土联盟</h3>\n<p>An English paragraph about 稀土.</p>\n<ul>\n<li lang=\"zh\">中文列表项</li>\n</ul>\n", html);

        var chinese = ReaderText.Parse("中文段落。");
        ForeignScriptBlocks.Mark(chinese.Document, "zh-Hans");
        Assert.Equal("<p>中文段落。</p>\n", Markdig.Markdown.ToHtml(chinese.Document, MarkdownPipelines.Archive));
    }
}
