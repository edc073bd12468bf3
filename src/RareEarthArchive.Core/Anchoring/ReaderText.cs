using Markdig.Syntax;
using RareEarthArchive.Core.Markdown;

namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// An archived body as a reader sees it: Markdown syntax removed, the literal text of every
/// inline concatenated, a space for each line break and block boundary, white space runs
/// folded to one space, trimmed. Quotes are anchored against <see cref="Text"/>, and every
/// index of it can be traced back to the syntax node and body offset it came from, which is
/// what lets the highlighter mark a quote in place and the validator name a line.
/// </summary>
/// <remarks>
/// Offsets are UTF-16 indexes into <see cref="Text"/> (what .NET strings count). The W3C
/// TextPositionSelector counts code points; <see cref="CodePointOffsetOf"/> converts.
/// Images contribute no text: a reader sees the picture, not its alt text, and a quote
/// spanning an image would be impossible to mark in place.
/// </remarks>
public sealed class ReaderText
{
    private readonly int[] _sourceOffsets;
    private readonly int[] _lines;
    private readonly IReadOnlyDictionary<MarkdownObject, int[]> _nodeIndices;

    internal ReaderText(
        MarkdownDocument document,
        string? body,
        string text,
        int[] sourceOffsets,
        int[] lines,
        IReadOnlyDictionary<MarkdownObject, int[]> nodeIndices)
    {
        Document = document;
        Body = body;
        Text = text;
        _sourceOffsets = sourceOffsets;
        _lines = lines;
        _nodeIndices = nodeIndices;
    }

    /// <summary>The parsed document this text was read from; render this same instance.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The Markdown the document was parsed from, when it was given.</summary>
    public string? Body { get; }

    /// <summary>The reader text: folded, trimmed, with no Markdown syntax.</summary>
    public string Text { get; }

    /// <summary>
    /// <see cref="Text"/> with quotation marks mapped to ASCII, which quotes are matched against: made once per
    /// text rather than once per quote (a thousand quotes against a 5 MB text would otherwise copy 5 GB).
    /// </summary>
    internal string MatchText => _matchText ??= QuoteCharacters.ToAscii(Text);

    private string? _matchText;

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>
    /// Reads <paramref name="document"/>, which must have been parsed with
    /// <see cref="MarkdownPipelines.Archive"/> (or another pipeline with precise source
    /// locations, or line numbers are approximate). Pass the <paramref name="body"/> it was
    /// parsed from to get exact <see cref="SourceOffsetOf"/> values; without it, offsets are
    /// taken from the syntax nodes' spans and may be off by the width of an escape.
    /// </summary>
    public static ReaderText Build(MarkdownDocument document, string? body = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReaderTextBuilder(document, body).Build();
    }

    /// <summary>Parses <paramref name="body"/> with <see cref="MarkdownPipelines.Archive"/> and reads it.</summary>
    public static ReaderText Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Build(Markdig.Markdown.Parse(body, MarkdownPipelines.Archive), body);
    }

    /// <summary>
    /// The offset in <see cref="Body"/> of the character that became <paramref name="index"/>.
    /// A space that stands for a block boundary maps to the last character before it; a
    /// character whose node does not keep exact positions (an escape, a table cell) maps to
    /// the start of its node.
    /// </summary>
    public int SourceOffsetOf(int index)
    {
        CheckIndex(index);
        return _sourceOffsets[index];
    }

    /// <summary>The 1-based line of <see cref="Body"/> that <paramref name="index"/> came from.</summary>
    public int LineOf(int index)
    {
        CheckIndex(index);
        return _lines[index];
    }

    /// <summary>
    /// <paramref name="index"/> counted in Unicode code points instead of UTF-16 units, as a
    /// W3C TextPositionSelector wants it (a surrogate pair counts once).
    /// </summary>
    public int CodePointOffsetOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        var codePoints = 0;
        for (var i = 0; i < index; i++)
        {
            if (!(char.IsLowSurrogate(Text[i]) && i > 0 && char.IsHighSurrogate(Text[i - 1])))
            {
                codePoints++;
            }
        }

        return codePoints;
    }

    /// <summary>
    /// For a node that shows text, the reader-text index of each character it renders, or -1
    /// where the character was folded away (extra white space, an invisible character). The
    /// characters are: <c>LiteralInline.Content</c>, <c>CodeInline.ContentSpan</c>,
    /// <c>HtmlEntityInline.Transcoded</c>, <c>AutolinkInline.Url</c>, one for a
    /// <c>LineBreakInline</c>, and for a <c>CodeBlock</c> each line followed by a newline.
    /// Empty for any other node.
    /// </summary>
    public ReadOnlySpan<int> IndicesOf(MarkdownObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _nodeIndices.TryGetValue(node, out var indices) ? indices : ReadOnlySpan<int>.Empty;
    }

    /// <summary>
    /// Up to <paramref name="words"/> words of text before and after the passage at
    /// <paramref name="start"/>, for a "quote in context" display. The strings are raw slices:
    /// <c>Before + passage + After</c> is a contiguous part of <see cref="Text"/>, including the
    /// spaces between, so the caller decides about ellipses. A partly covered word at either
    /// edge counts as a word; in scripts written without spaces (Chinese, Japanese) each
    /// character counts as a word.
    /// </summary>
    public (string Before, string After) Context(int start, int length, int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length, nameof(length));
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        var from = WordsBefore(start, words);
        var end = start + length;
        var to = WordsAfter(end, words);
        return (Text[from..start], Text[end..to]);
    }

    private int WordsBefore(int position, int words)
    {
        for (var count = 0; count < words && position > 0; count++)
        {
            while (position > 0 && Text[position - 1] == ' ')
            {
                position--;
            }

            if (position == 0)
            {
                break;
            }

            if (ReaderTextRules.IsUnspacedScript(Text[position - 1]))
            {
                position -= position > 1 && char.IsLowSurrogate(Text[position - 1]) && char.IsHighSurrogate(Text[position - 2]) ? 2 : 1;
                continue;
            }

            while (position > 0 && Text[position - 1] != ' ' && !ReaderTextRules.IsUnspacedScript(Text[position - 1]))
            {
                position--;
            }
        }

        return position;
    }

    private int WordsAfter(int position, int words)
    {
        for (var count = 0; count < words && position < Text.Length; count++)
        {
            while (position < Text.Length && Text[position] == ' ')
            {
                position++;
            }

            if (position == Text.Length)
            {
                break;
            }

            if (ReaderTextRules.IsUnspacedScript(Text[position]))
            {
                position += position + 1 < Text.Length && char.IsHighSurrogate(Text[position]) && char.IsLowSurrogate(Text[position + 1]) ? 2 : 1;
                continue;
            }

            while (position < Text.Length && Text[position] != ' ' && !ReaderTextRules.IsUnspacedScript(Text[position]))
            {
                position++;
            }
        }

        return position;
    }

    private void CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Text.Length);
    }
}
