using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Site.Pages;

/// <summary>
/// One HTML page to render: its kind (and so its layout), its page metadata and how to make its model. The model
/// is made when the page is rendered, after the producers ran, so a page may describe their files (the downloads
/// page: it reads their paths, sizes and listings, <see cref="ProducedFile"/>) and no page's model is held longer
/// than its render.
/// </summary>
public sealed record PageJob(PageKind Kind, PageMeta Meta, Func<IReadOnlyList<ProducedFile>, object?> Model, string OutputPath);
