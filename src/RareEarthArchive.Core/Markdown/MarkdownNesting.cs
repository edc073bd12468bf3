namespace RareEarthArchive.Core.Markdown;

/// <summary>Where Markdown text first nests deeper than <see cref="MarkdownNesting.MaxDepth"/>: a 1-based line and column within the text, and what nests.</summary>
public sealed record NestingTooDeep(int Line, int Column, string What);

/// <summary>
/// A pre-scan of contributor Markdown, before Markdig sees it. Markdig throws on deep nesting (it has a depth
/// limit) and our renderers and reader-text builder recurse over the tree, so 100,000 nested emphasis markers
/// overflow the stack, which .NET cannot catch. The scan walks the raw text once, without recursion, and
/// over-estimates the depth Markdig would build: block quote and list markers at the start of a line plus
/// half its indentation; unescaped <c>[</c> and <c>![</c> not yet closed; emphasis delimiter runs that can
/// open and have not been closed. Over-estimating is the safe side: at worst an absurd text is refused, never
/// a deep one let through. Code spans and fenced code hide nothing from the count (a <c>]</c> or closing
/// delimiter there is not counted as a close).
/// </summary>
public static class MarkdownNesting
{
    /// <summary>
    /// The documented limit, for block nesting (quotes and list levels) and for inline nesting (links, images
    /// and emphasis together) alike. Real text needs a handful; Markdig's own limit is 128 containers.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The first place the text nests deeper than <see cref="MaxDepth"/>, or null when it does not.
    /// <paramref name="inlineOnly"/> is for text rendered with <see cref="MarkdownPipelines.ContributorInline"/>
    /// (notes): that pipeline has no code fences, so a <c>~~~</c> or <c>```</c> line hides nothing there and
    /// the scan must not treat what follows it as literal.
    /// </summary>
    public static NestingTooDeep? Find(string markdown, bool inlineOnly = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var line = 1;
        var lineStart = 0;
        var inline = 0; // brackets and emphasis open in the current paragraph
        var inCode = false; // inside a backtick run's span, as far as a cheap scan can tell
        var fence = (Char: '\0', Length: 0);
        while (lineStart <= markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = markdown.Length;
            }
            var text = markdown.AsSpan(lineStart, lineEnd - lineStart);

            if (!inlineOnly && Fence(text) is { } f && (fence.Length == 0 || (f.Char == fence.Char && f.Length >= fence.Length)))
            {
                // A fence opens or closes a code block; its content is literal, so it counts for nothing.
                fence = fence.Length == 0 ? f : ('\0', 0);
                inline = 0;
                inCode = false;
            }
            else if (fence.Length == 0)
            {
                var (blocks, contentStart) = BlockPrefix(text);
                if (blocks > MaxDepth)
                {
                    return new NestingTooDeep(line, 1, "block quotes or lists");
                }
                if (text[contentStart..].IsWhiteSpace())
                {
                    inline = 0; // a blank line ends the paragraph: inline nesting never crosses it
                    inCode = false;
                }
                else if (Inline(text, contentStart, ref inline, ref inCode) is { } column)
                {
                    return new NestingTooDeep(line, column + 1, "links, images or emphasis");
                }
            }

            line++;
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /// <summary>Block quote and list markers opening the line, plus one level per two columns of indentation.</summary>
    private static (int Depth, int ContentStart) BlockPrefix(ReadOnlySpan<char> text)
    {
        var markers = 0;
        var columns = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(text, i) is { } end)
            {
                markers++;
                i = end;
            }
            else
            {
                break;
            }
        }
        return (markers + (columns / 2), i);
    }

    private static int? OrderedMarkerEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i < text.Length && text[i] is '.' or ')' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
        {
            return i + 1;
        }
        return null;
    }

    /// <returns>The 0-based column where the inline depth first passes the limit, or null.</returns>
    private static int? Inline(ReadOnlySpan<char> text, int start, ref int depth, ref bool inCode)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++; // an escaped character is literal
                continue;
            }
            if (c == '`')
            {
                while (i + 1 < text.Length && text[i + 1] == '`')
                {
                    i++;
                }
                inCode = !inCode;
                continue;
            }
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                if (!inCode)
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (c is '*' or '_')
            {
                var runStart = i;
                while (i + 1 < text.Length && text[i + 1] == c)
                {
                    i++;
                }
                var length = i - runStart + 1;
                var (open, close) = Flanking(text, runStart, i, c);
                if (open)
                {
                    depth += length;
                }
                else if (close && !inCode)
                {
                    depth = Math.Max(0, depth - length);
                }
            }
            if (depth > MaxDepth)
            {
                return start == i || text[i] is not ('*' or '_') ? i : RunStart(text, i);
            }
        }
        return null;
    }

    private static int RunStart(ReadOnlySpan<char> text, int last)
    {
        var first = last;
        while (first > 0 && text[first - 1] == text[last])
        {
            first--;
        }
        return first;
    }

    /// <summary>CommonMark's left- and right-flanking rules for a delimiter run (with the stricter ones for <c>_</c>).</summary>
    private static (bool Open, bool Close) Flanking(ReadOnlySpan<char> text, int first, int last, char delimiter)
    {
        var before = first > 0 ? text[first - 1] : ' ';
        var after = last + 1 < text.Length ? text[last + 1] : ' ';
        var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        return delimiter == '*'
            ? (left, right)
            : (left && (!right || IsPunctuation(before)), right && (!left || IsPunctuation(after)));
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static (char Char, int Length)? Fence(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && i < 3 && text[i] == ' ')
        {
            i++;
        }
        if (i >= text.Length || text[i] is not ('`' or '~'))
        {
            return null;
        }
        var c = text[i];
        var start = i;
        while (i < text.Length && text[i] == c)
        {
            i++;
        }
        return i - start >= 3 ? (c, i - start) : null;
    }
}
