using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RareEarthArchive.Tests.Highlighting;

/// <summary>Ways to look at rendered HTML in tests.</summary>
internal static class HtmlChecks
{
    private static readonly string[] Blocks = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote"];

    public static IDocument Parse(string html) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head></head><body>{html}</body></html>");

    /// <summary>
    /// Markdig writes XHTML-style markup and escapes only &amp;, &lt;, &gt; and &quot;, so the
    /// output must parse as XML; an HTML parser would quietly repair a misnested mark instead.
    /// </summary>
    public static void AssertWellFormed(string html) => XElement.Parse($"<root>{html}</root>");

    /// <summary>The body's HTML with every mark replaced by its content.</summary>
    public static string WithoutMarks(string html)
    {
        var document = Parse(html);
        foreach (var mark in document.QuerySelectorAll("mark").ToArray())
        {
            while (mark.FirstChild is { } child)
            {
                mark.Parent!.InsertBefore(child, mark);
            }

            mark.Remove();
        }

        document.Body!.Normalize();
        return document.Body!.InnerHtml;
    }

    /// <summary>The pieces of one highlight, in document order.</summary>
    public static IReadOnlyList<IElement> Pieces(IDocument document, string anchorId) =>
        document.QuerySelectorAll("mark")
            .Where(m => m.GetAttribute("id") == anchorId || m.GetAttribute("data-continues") == anchorId)
            .ToArray();

    /// <summary>
    /// The pieces' text joined as a reader would read it: a space where consecutive pieces sit
    /// in different blocks (the block boundary is not inside any mark).
    /// </summary>
    public static string ReadPieces(IReadOnlyList<IElement> pieces)
    {
        var text = new System.Text.StringBuilder();
        IElement? previousBlock = null;
        foreach (var piece in pieces)
        {
            var block = piece.Ancestors<IElement>().FirstOrDefault(e => Blocks.Contains(e.LocalName));
            if (previousBlock is not null && block != previousBlock)
            {
                text.Append(' ');
            }

            text.Append(piece.TextContent);
            previousBlock = block;
        }

        return Fold(text.ToString());
    }

    /// <summary>The reader-text rule: white space runs to one space, invisible characters dropped.</summary>
    public static string Fold(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace("\u200B", "", StringComparison.Ordinal)
            .Replace("\u00AD", "", StringComparison.Ordinal);
}
