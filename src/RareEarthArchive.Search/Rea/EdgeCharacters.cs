using System.Globalization;
using System.Text;

namespace RareEarthArchive.Search.Rea;

/// <summary>
/// Which code points our trimmer strips from token edges: punctuation, symbols, separators, controls,
/// format characters, lone surrogates and private use (general categories P*, S*, Z*, Cc, Cf, Cs, Co).
/// Letters, marks, numbers and unassigned code points stay. Keeping unassigned ones is deliberate:
/// letters added in a Unicode version newer than the runtime's tables (.NET 10 knows Unicode 16,
/// Node 20 here knows 17) are then kept on both sides instead of being stripped by the older one.
/// The JavaScript twin is <c>isEdge</c> in Browser/rea-lunr-pipeline.js.
/// </summary>
internal static class EdgeCharacters
{
    public static bool IsEdge(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return true;
        }

        switch (Rune.GetUnicodeCategory(new Rune(codePoint)))
        {
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Strips edge code points from both ends, walking whole code points (a lone surrogate counts as one).</summary>
    public static string Trim(string s)
    {
        var start = 0;
        while (start < s.Length)
        {
            var (cp, units) = CodePointAt(s, start);
            if (!IsEdge(cp))
            {
                break;
            }

            start += units;
        }

        var end = s.Length;
        while (end > start)
        {
            var (cp, units) = CodePointBefore(s, end);
            if (!IsEdge(cp))
            {
                break;
            }

            end -= units;
        }

        return s[start..end];
    }

    /// <summary>The code point at <paramref name="index"/> and its UTF-16 length; a lone surrogate is returned as itself.</summary>
    public static (int CodePoint, int Units) CodePointAt(string s, int index) =>
        char.IsSurrogatePair(s, index) ? (char.ConvertToUtf32(s, index), 2) : (s[index], 1);

    private static (int CodePoint, int Units) CodePointBefore(string s, int end) =>
        end >= 2 && char.IsSurrogatePair(s[end - 2], s[end - 1]) ? (char.ConvertToUtf32(s[end - 2], s[end - 1]), 2) : (s[end - 1], 1);
}
