using System.Globalization;
using System.Text;
using Markdig.Syntax;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Core.TextFragments;

/// <summary>
/// An archived text as a text-fragment search sees it: the reader text with each boundary between two blocks
/// (paragraphs, list items, headings, quotations, table cells) turned from a space into a line feed, so that no
/// term can match across blocks and indexes stay those of the reader text. <see cref="Folded"/> is the same text
/// compared the spec's way, at the primary collation level: case and accents removed (canonical decomposition,
/// combining marks dropped, lower-cased), with a map back to the text's indexes.
/// </summary>
public sealed class FragmentText
{
    private readonly int[] _foldedToText;
    private readonly int[] _textToFolded;

    public FragmentText(string text)
    {
        Text = text;
        var folded = new StringBuilder(text.Length);
        var foldedToText = new List<int>(text.Length);
        _textToFolded = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            _textToFolded[i] = folded.Length;
            foreach (var c in FoldChar(text[i]))
            {
                folded.Append(c);
                foldedToText.Add(i);
            }
        }
        _textToFolded[text.Length] = folded.Length;
        Folded = folded.ToString();
        _foldedToText = [.. foldedToText];
    }

    /// <summary>The reader text with line feeds between blocks.</summary>
    public string Text { get; }

    /// <summary>The text with case and accents folded away.</summary>
    public string Folded { get; }

    /// <summary>The text of <paramref name="reader"/>, its blocks taken from the document it was read from.</summary>
    public static FragmentText From(ReaderText reader)
    {
        var chars = reader.Text.ToCharArray();
        var inBlock = new bool[chars.Length];
        foreach (var block in reader.Document.Descendants<LeafBlock>())
        {
            var (first, last) = (int.MaxValue, -1);
            Extend(reader.IndicesOf(block), ref first, ref last);
            if (block.Inline is { } inline)
            {
                foreach (var node in inline.Descendants())
                {
                    Extend(reader.IndicesOf(node), ref first, ref last);
                }
            }
            for (var i = first; i <= last; i++)
            {
                inBlock[i] = true;
            }
        }
        for (var i = 0; i < chars.Length; i++)
        {
            if (!inBlock[i] && chars[i] == ' ')
            {
                chars[i] = '\n';
            }
        }
        return new FragmentText(new string(chars));
    }

    /// <summary>The folded index where the text's <paramref name="index"/> begins (its length for the end).</summary>
    public int ToFolded(int index) => _textToFolded[index];

    /// <summary>The text index a folded index came from; the text's length for the folded end.</summary>
    public int ToText(int foldedIndex) => foldedIndex >= _foldedToText.Length ? Text.Length : _foldedToText[foldedIndex];

    /// <summary>A query folded the same way as the text.</summary>
    public static string Fold(string query)
    {
        var folded = new StringBuilder(query.Length);
        foreach (var c in query)
        {
            folded.Append(FoldChar(c));
        }
        return folded.ToString();
    }

    private static void Extend(ReadOnlySpan<int> indices, ref int first, ref int last)
    {
        foreach (var index in indices)
        {
            if (index >= 0)
            {
                first = Math.Min(first, index);
                last = Math.Max(last, index);
            }
        }
    }

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString().ToLowerInvariant())];

    private static string FoldChar(char c)
    {
        if (c < 0x80)
        {
            return Ascii[c];
        }
        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return "";
        }
        if (category is UnicodeCategory.OtherLetter || char.IsSurrogate(c))
        {
            return c.ToString();
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (char.GetUnicodeCategory(d) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                result.Append(char.ToLowerInvariant(d));
            }
        }
        return result.ToString();
    }
}
