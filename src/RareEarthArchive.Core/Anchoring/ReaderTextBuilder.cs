using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Walks a document in rendering order and builds a <see cref="ReaderText"/>. Rendering order
/// matters: the highlighter relies on reader-text indexes increasing as the HTML is written.
/// </summary>
internal sealed class ReaderTextBuilder
{
    private readonly MarkdownDocument _document;
    private readonly string? _body;
    private readonly StringBuilder _text = new();
    private readonly List<int> _sourceOffsets = [];
    private readonly List<int> _lines = [];
    private readonly Dictionary<MarkdownObject, int[]> _nodeIndices = new(ReferenceEqualityComparer.Instance);

    // A folded space is only written once a visible character follows it, which is what trims
    // the end and keeps runs to one space. Until then, remember where it came from.
    private bool _spacePending;
    private int[]? _pendingIndices;
    private int _pendingPosition;
    private int _pendingOffset;
    private int _pendingLine;

    public ReaderTextBuilder(MarkdownDocument document, string? body)
    {
        _document = document;
        _body = body;
    }

    public ReaderText Build()
    {
        Block(_document);
        return new ReaderText(_document, _body, _text.ToString(), [.. _sourceOffsets], [.. _lines], _nodeIndices);
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case CodeBlock code:
                Code(code);
                Boundary();
                break;
            case LeafBlock { Inline: { } inline }:
                Inline(inline);
                Boundary();
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child);
                }

                break;

            // Thematic breaks, link reference definitions and the like show no text.
        }
    }

    private void Inline(Inline inline)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                // The alt text is rendered into an attribute, not shown as text.
                break;
            case DelimiterInline delimiter:
                // An unmatched delimiter, such as the "[" of "[5][9]" with no link definition: Markdig
                // shows its literal, then its children.
                Characters(delimiter, delimiter.ToLiteral().AsSpan());
                for (var child = delimiter.FirstChild; child is not null; child = child.NextSibling)
                {
                    Inline(child);
                }

                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Inline(child);
                }

                break;
            case LiteralInline literal:
                Characters(literal, literal.Content.AsSpan());
                break;
            case CodeInline code:
                Characters(code, code.ContentSpan);
                break;
            case HtmlEntityInline entity:
                Characters(entity, entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                Characters(autolink, autolink.Url);
                break;
            case LineBreakInline lineBreak:
                Characters(lineBreak, " ");
                break;

            // Raw HTML (disabled in the archive pipeline) is markup, not text.
        }
    }

    private void Characters(Inline node, ReadOnlySpan<char> characters)
    {
        var indices = NewIndices(node, characters.Length);
        var (offset, exact) = Locate(node.Span, characters);
        var line = node.Line + 1;
        for (var i = 0; i < characters.Length; i++)
        {
            Character(characters[i], indices, i, exact ? offset + i : offset, line);
        }
    }

    private void Code(CodeBlock code)
    {
        var lines = code.Lines;
        var total = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            total += lines.Lines[i].Slice.Length + 1;
        }

        var indices = NewIndices(code, total);
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            var slice = line.Slice;
            var start = _body is null || ReferenceEquals(slice.Text, _body) ? slice.Start : line.Position;
            var characters = slice.AsSpan();
            for (var j = 0; j < characters.Length; j++)
            {
                Character(characters[j], indices, position++, start + j, line.Line + 1);
            }

            Character('\n', indices, position++, start + characters.Length, line.Line + 1);
        }
    }

    private int[] NewIndices(MarkdownObject node, int length)
    {
        var indices = new int[length];
        Array.Fill(indices, -1);
        _nodeIndices[node] = indices;
        return indices;
    }

    private void Character(char c, int[] indices, int position, int offset, int line)
    {
        if (ReaderTextRules.IsIgnorable(c))
        {
            return;
        }

        if (ReaderTextRules.IsSpace(c))
        {
            if (_text.Length > 0 && !_spacePending)
            {
                _spacePending = true;
                _pendingIndices = indices;
                _pendingPosition = position;
                _pendingOffset = offset;
                _pendingLine = line;
            }

            return;
        }

        FlushSpace();
        indices[position] = _text.Length;
        Append(c, offset, line);
    }

    /// <summary>A block boundary reads as a space, like a line break.</summary>
    private void Boundary()
    {
        if (_text.Length == 0 || _spacePending)
        {
            return;
        }

        _spacePending = true;
        _pendingIndices = null;
        _pendingOffset = _sourceOffsets[^1];
        _pendingLine = _lines[^1];
    }

    private void FlushSpace()
    {
        if (!_spacePending)
        {
            return;
        }

        if (_pendingIndices is not null)
        {
            _pendingIndices[_pendingPosition] = _text.Length;
        }

        Append(' ', _pendingOffset, _pendingLine);
        _spacePending = false;
        _pendingIndices = null;
    }

    private void Append(char c, int offset, int line)
    {
        _text.Append(c);
        _sourceOffsets.Add(offset);
        _lines.Add(line);
    }

    /// <summary>
    /// Where a node's characters start in the body, and whether they follow one to one. They do
    /// not when Markdig rewrote them (an escape, an entity, a trimmed table cell); then the
    /// characters are searched for inside the node's span, and failing that the node's start is
    /// used for all of them.
    /// </summary>
    private (int Offset, bool Exact) Locate(SourceSpan span, ReadOnlySpan<char> characters)
    {
        if (span.Start < 0 || span.End < span.Start)
        {
            return (Math.Max(0, span.Start), false);
        }

        if (_body is null || span.End >= _body.Length)
        {
            return (span.Start, span.Length == characters.Length);
        }

        var source = _body.AsSpan(span.Start, span.Length);
        var found = characters.Length == 0 ? -1 : source.IndexOf(characters, StringComparison.Ordinal);
        return found >= 0 ? (span.Start + found, true) : (span.Start, false);
    }
}
