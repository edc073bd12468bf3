using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Site.Routing;
using RareEarthArchive.Site.Search;
using RareEarthArchive.Site.Views;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Assembly;

/// <summary>
/// The model holds each archived text's Markdown tree; it is finished when parsed, and neither validation nor
/// rendering (pages, search, exports) writes to it.
/// </summary>
public sealed class ModelImmutabilityTests
{
    [Fact]
    public void Validation_leaves_every_tree_as_parsing_made_it()
    {
        var site = ArchiveModel.Load(RepoPaths.Root);
        Assert.NotEmpty(site.Sources);
        foreach (var entry in site.Sources)
        {
            Assert.Equal(Dump(SourceDocument.Parse(entry.Source).Markdown), Dump(entry.Validated.Document.Markdown));
        }
    }

    [Fact]
    public void Rendering_every_page_search_and_export_leaves_every_tree_unchanged()
    {
        var site = ArchiveModel.Load(RepoPaths.Root);
        var before = site.Sources.Select(s => Dump(s.Validated.Document.Markdown)).ToList();
        // The seed marks foreign-script blocks (a lang attribute): the dump sees attributes, so it would see a change.
        Assert.Contains(before, d => d.Contains("lang=", StringComparison.Ordinal));

        var urls = new SiteUrls(site.Config.BaseUrl);
        string RenderAll()
        {
            var views = new ViewFactory(site, urls);
            return string.Concat(site.Sources.Select(s => views.SourcePage(s).BodyHtml.ToString()))
                + string.Concat(site.Claims.Select(c => views.ClaimPage(c).CommentaryHtml.ToString()));
        }
        var first = RenderAll();
        _ = SiteSearchDocuments.Build(site, urls);
        _ = DataCatalog.SiteWide(site, urls).Concat(DataCatalog.PerPage(site, urls)).Sum(e => e.Content.Length);

        Assert.Equal(first, RenderAll());
        Assert.Equal(before, site.Sources.Select(s => Dump(s.Validated.Document.Markdown)));
    }

    /// <summary>Every node of the tree: its type, position, attributes and literal text, one line each.</summary>
    private static string Dump(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants().Prepend(document))
        {
            text.Append(node.GetType().Name).Append(' ').Append(node.Span.Start).Append('-').Append(node.Span.End)
                .Append(' ').Append(node.Line).Append(':').Append(node.Column);
            if (node.TryGetAttributes() is { } attributes)
            {
                text.Append(" id=").Append(attributes.Id).Append(" class=").Append(string.Join(',', attributes.Classes ?? []));
                foreach (var (key, value) in attributes.Properties ?? [])
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }
            if (node is LiteralInline literal)
            {
                text.Append(" \"").Append(literal.Content.ToString()).Append('"');
            }
            if (node is ContainerBlock container)
            {
                text.Append(" [").Append(container.Count).Append(']');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
