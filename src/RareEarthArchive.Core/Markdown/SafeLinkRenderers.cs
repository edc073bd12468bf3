using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// The last line of defence for links: Markdig's link renderer, but a link or image whose URL fails
/// <see cref="UrlSafety.IsSafe"/> is written as its text. <see cref="SafeLinksExtension"/> already removes such
/// links from the tree; this check sits where the <c>href</c>/<c>src</c> is written, so no Markdown construct,
/// tree rewrite or renderer path can bring a URL to the page that the allow-list has not seen.
/// </summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (UrlSafety.IsSafe(link.GetDynamicUrl?.Invoke() ?? link.Url))
        {
            base.Write(renderer, link);
            return;
        }
        // An image's children are its alt text; a link's are its text: either way the reader sees the words.
        renderer.WriteChildren(link);
    }
}

/// <summary><see cref="SafeLinkInlineRenderer"/> for autolinks (<c>&lt;scheme:...&gt;</c> and e-mail addresses).</summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    /// <summary>The URL an autolink's <c>href</c> would carry.</summary>
    public static string HrefOf(AutolinkInline link) => link.IsEmail ? "mailto:" + link.Url : link.Url;

    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        if (UrlSafety.IsSafe(HrefOf(obj)))
        {
            base.Write(renderer, obj);
            return;
        }
        renderer.WriteEscape(obj.Url);
    }
}
