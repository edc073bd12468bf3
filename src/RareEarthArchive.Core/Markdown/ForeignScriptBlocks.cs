using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Gives a <c>lang</c> attribute to each paragraph, heading or table cell of an archived text whose letters
/// are mostly in a script of another language than the source's (the Chinese headline of an English
/// summary), so screen readers and fonts treat it as what it is. Done once, by <see cref="Validation.SourceDocument.Parse"/>,
/// as part of making the tree: no finished tree is changed.
/// </summary>
public static class ForeignScriptBlocks
{
    public static void Mark(MarkdownDocument document, string sourceLanguage)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }
            var text = string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (ScriptLanguage.Detect(text) is { } language && !ScriptLanguage.SameLanguage(language, sourceLanguage))
            {
                // A tight list writes its item's paragraph without a <p>, so the item carries the attribute.
                Block target = block.Parent is ListItemBlock { Count: 1 } item ? item : block;
                target.GetAttributes().AddPropertyIfNotExist("lang", language);
            }
        }
    }
}
