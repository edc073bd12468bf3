using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// The open <c>&lt;mark&gt;</c> elements during one render, and the rules for opening and
/// closing them as text is written. One instance per render: it holds the render's state.
/// </summary>
internal sealed class MarkWriter
{
    public const string ContinuesAttribute = "data-continues";

    private readonly HtmlRenderer _renderer;
    private readonly ReaderText _text;
    private readonly Highlight[] _ordered;
    private readonly bool[] _started;

    // The highlights covering each stretch between consecutive highlight edges, outermost first.
    private readonly int[] _edges;
    private readonly int[][] _covering;

    private readonly List<int> _open = [];

    // The reader index of the last character written, so a closing mark knows whether it was the passage's
    // last piece (and its After link goes here); and which passages have had their link written.
    private int _lastWritten = -1;
    private readonly bool[] _linked;

    public MarkWriter(HtmlRenderer renderer, ReaderText text, IReadOnlyList<Highlight> highlights)
    {
        _renderer = renderer;
        _text = text;

        // Nesting order: earlier start outside, then longer outside, then the caller's order.
        _ordered = highlights
            .Select((highlight, index) => (highlight, index))
            .OrderBy(static pair => pair.highlight.Start)
            .ThenByDescending(static pair => pair.highlight.Length)
            .ThenBy(static pair => pair.index)
            .Select(static pair => pair.highlight)
            .ToArray();
        _started = new bool[_ordered.Length];
        _linked = new bool[_ordered.Length];
        _edges = _ordered.SelectMany(static h => new[] { h.Start, h.End }).Distinct().Order().ToArray();
        _covering = new int[_edges.Length][];
        for (var k = 0; k < _edges.Length; k++)
        {
            var at = _edges[k];
            _covering[k] = Enumerable.Range(0, _ordered.Length)
                .Where(i => _ordered[i].Start <= at && at < _ordered[i].End)
                .ToArray();
        }
    }

    public ReaderText Text => _text;

    /// <summary>Whether any character of a node with these reader indices is highlighted.</summary>
    public bool Touches(ReadOnlySpan<int> indices)
    {
        // Within one node the reader indices that exist are consecutive, so the first and last
        // bound them.
        var first = -1;
        var last = -1;
        foreach (var index in indices)
        {
            if (index < 0)
            {
                continue;
            }

            if (first < 0)
            {
                first = index;
            }

            last = index;
        }

        if (first < 0)
        {
            return false;
        }

        foreach (var highlight in _ordered)
        {
            if (highlight.Start <= last && highlight.End > first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the node's characters all fold away (so they need not close open marks).</summary>
    public static bool ShowsNothing(ReadOnlySpan<int> indices)
    {
        foreach (var index in indices)
        {
            if (index >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes <paramref name="characters"/> HTML-escaped, opening and closing marks so that each
    /// character with a reader index sits inside exactly the marks covering that index.
    /// Characters that folded away (index -1) go inside whatever is open.
    /// </summary>
    public void Write(ReadOnlySpan<char> characters, ReadOnlySpan<int> indices)
    {
        var run = 0;
        for (var i = 0; i < characters.Length; i++)
        {
            var index = indices[i];
            if (index < 0)
            {
                continue;
            }

            if (!IsOpenFor(index))
            {
                _renderer.WriteEscape(characters[run..i]);
                MoveTo(index);
                run = i;
            }

            _lastWritten = index;
        }

        _renderer.WriteEscape(characters[run..]);
    }

    /// <summary>Makes the open marks those covering <paramref name="index"/>; -1 leaves them.</summary>
    public void MoveTo(int index)
    {
        if (index < 0)
        {
            return;
        }

        var target = Covering(index);
        var common = 0;
        while (common < _open.Count && common < target.Length && _open[common] == target[common])
        {
            common++;
        }

        CloseDownTo(common);
        for (var i = common; i < target.Length; i++)
        {
            Open(target[i]);
        }
    }

    public void CloseAll() => CloseDownTo(0);

    /// <summary>
    /// After a text node: marks may stay open only into a sibling that is plain text too (no
    /// element starts or ends in between); anything else closes them, which is what keeps
    /// every mark inside one parent element.
    /// </summary>
    public void AfterText(Inline inline)
    {
        if (inline.NextSibling is not (LiteralInline or LineBreakInline or HtmlEntityInline))
        {
            CloseAll();
        }
    }

    private bool IsOpenFor(int index)
    {
        var target = Covering(index);
        if (target.Length != _open.Count)
        {
            return false;
        }

        for (var i = 0; i < target.Length; i++)
        {
            if (target[i] != _open[i])
            {
                return false;
            }
        }

        return true;
    }

    private int[] Covering(int index)
    {
        var k = Array.BinarySearch(_edges, index);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return k < 0 ? [] : _covering[k];
    }

    private void Open(int which)
    {
        var highlight = _ordered[which];
        _renderer.Write("<mark ");
        _renderer.Write(_started[which] ? ContinuesAttribute : "id");
        _renderer.Write("=\"").WriteEscape(highlight.AnchorId).Write('"');
        if (highlight.CssClass.Length > 0)
        {
            _renderer.Write(" class=\"").WriteEscape(highlight.CssClass).Write('"');
        }

        if (highlight.Attributes is { Count: > 0 } attributes)
        {
            // Sorted so the output does not depend on the dictionary's order.
            foreach (var (name, value) in attributes.OrderBy(static a => a.Key, StringComparer.Ordinal))
            {
                _renderer.Write(' ').Write(name).Write("=\"").WriteEscape(value ?? string.Empty).Write('"');
            }
        }

        _renderer.Write('>');
        _started[which] = true;
        _open.Add(which);
    }

    private void CloseDownTo(int count)
    {
        while (_open.Count > count)
        {
            var which = _open[^1];
            _renderer.Write("</mark>");
            _open.RemoveAt(_open.Count - 1);
            if (_ordered[which].After is { } link && !_linked[which] && _lastWritten >= _ordered[which].End - 1)
            {
                _linked[which] = true;
                _renderer.Write("<a class=\"").WriteEscape(link.CssClass).Write("\" href=\"").WriteEscape(link.Href)
                    .Write("\" aria-label=\"").WriteEscape(link.Label).Write("\"></a>");
            }
        }
    }
}
