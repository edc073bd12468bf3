using Scriban;
using Scriban.Parsing;

namespace RareEarthArchive.Site.Templating;

/// <summary>
/// A Scriban context that escapes by default: every <c>{{ value }}</c> is HTML-encoded unless it is an
/// <see cref="HtmlFragment"/>. Scriban itself has no auto-escape, and forgetting <c>| html.escape</c> once
/// would let contributor text run as markup.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlFragment fragment => base.Write(span, fragment.Html),
        string text => base.Write(span, Html.Escape(text)),
        _ => base.Write(span, Html.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
