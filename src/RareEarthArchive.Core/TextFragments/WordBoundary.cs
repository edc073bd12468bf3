using System.Globalization;

namespace RareEarthArchive.Core.TextFragments;

/// <summary>Whether a position is a word boundary, as far as can be known without the browser's dictionary.</summary>
public enum Boundary
{
    No,
    Yes,

    /// <summary>Depends on rules the build cannot reproduce (dictionary segmentation of Chinese and Japanese, format characters).</summary>
    Unknown,
}

/// <summary>
/// Word boundaries after UAX #29, the definition the text-fragment spec uses. Browsers segment Chinese, Japanese
/// and Thai with dictionaries, which the build does not have; there, and around format and combining characters,
/// the answer is <see cref="Boundary.Unknown"/>, and the fragment builder treats Unknown as "no" for the passage it
/// links to and "yes" for every other place the words occur, so a link it makes is right whatever the dictionary says.
/// </summary>
public static class WordBoundary
{
    /// <summary>Is <paramref name="position"/> (between <c>text[position - 1]</c> and <c>text[position]</c>) a word boundary?</summary>
    public static Boundary At(string text, int position)
    {
        if (position <= 0 || position >= text.Length)
        {
            return Boundary.Yes;
        }
        var (a, b) = (text[position - 1], text[position]);
        if (char.IsWhiteSpace(a) || char.IsWhiteSpace(b))
        {
            // Runs of white space hold together (WB3d); a block boundary is always one.
            return char.IsWhiteSpace(a) && char.IsWhiteSpace(b) && a != '\n' && b != '\n' ? Boundary.No : Boundary.Yes;
        }
        var (ka, kb) = (KindOf(a), KindOf(b));
        if (ka is Kind.Opaque || kb is Kind.Opaque)
        {
            return Boundary.Unknown;
        }
        if (ka is Kind.Dictionary || kb is Kind.Dictionary)
        {
            return ka is Kind.Other || kb is Kind.Other ? Boundary.Yes : Boundary.Unknown;
        }
        return (ka, kb) switch
        {
            (Kind.Word, Kind.Word) => Boundary.No,
            // A letter, an apostrophe or a full stop, a letter: one word ("don't", "3.14"), WB6/7, WB11/12.
            (Kind.Word, Kind.Mid) => position + 1 < text.Length && KindOf(text[position + 1]) is Kind.Word ? Boundary.Unknown : Boundary.Yes,
            (Kind.Mid, Kind.Word) => position >= 2 && KindOf(text[position - 2]) is Kind.Word ? Boundary.Unknown : Boundary.Yes,
            _ => Boundary.Yes,
        };
    }

    private enum Kind
    {
        Word,
        Mid,
        Dictionary,
        Opaque,
        Other,
    }

    private static Kind KindOf(char c)
    {
        if (char.IsSurrogate(c))
        {
            return Kind.Opaque;
        }
        if (c is '\'' or '.' or ':' or ',' or ';' or '\u00B7' or '\u2018' or '\u2019' or '\u2024' or '\u2027' or '\uFE52' or '\uFE55'
            or '\uFF07' or '\uFF0E' or '\uFF1A' or '\uFF0C' or '\uFF1B' or '\u037E' or '\u0589' or '\u060C' or '\u2044')
        {
            return Kind.Mid;
        }
        return char.GetUnicodeCategory(c) switch
        {
            // Scripts without spaces (and the other letters of category Lo, such as Arabic and Hebrew, which
            // costs nothing: their words end at spaces) are segmented by dictionary in browsers.
            UnicodeCategory.OtherLetter => Kind.Dictionary,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.OtherNumber or UnicodeCategory.ConnectorPunctuation => Kind.Word,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format => Kind.Opaque,
            _ => Kind.Other,
        };
    }
}
