using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Site.Pages;

/// <summary>One HTML page to render: which layout, with which page metadata and model.</summary>
public sealed record PageJob(string Layout, PageMeta Meta, object? Model, string OutputPath);
