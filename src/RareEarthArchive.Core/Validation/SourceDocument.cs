using Markdig.Syntax;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>A source with its body parsed once: the Markdown tree (for rendering) and the reader text (for anchoring and search).</summary>
public sealed record SourceDocument(Source Source, MarkdownDocument Markdown, ReaderText Text);
