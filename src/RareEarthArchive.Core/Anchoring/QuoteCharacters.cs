namespace RareEarthArchive.Core.Anchoring;

/// <summary>
/// Makes typographic quotation marks and apostrophes equal to their ASCII forms. Every mapping
/// is one character to one character, so an index into the mapped text is an index into the
/// original; both the reader text and the quote are mapped, which makes the equivalence work in
/// both directions.
/// </summary>
internal static class QuoteCharacters
{
    /// <summary>The ASCII form of a quotation mark or apostrophe, or the character itself.</summary>
    public static char ToAscii(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' // “ ” „ ‟
            or '\u2033' or '\u2036'                 // ″ ‶ (double prime, often typed for a quote)
            or '\u301D' or '\u301E' or '\u301F'     // 〝 〞 〟
            or '\uFF02'                             // ＂ full-width
            or '\u275D' or '\u275E' => '"',         // ❝ ❞
        '\u2018' or '\u2019' or '\u201A' or '\u201B' // ‘ ’ ‚ ‛
            or '\u2032' or '\u2035'                 // ′ ‵ (prime)
            or '\u02BC'                             // ʼ modifier letter apostrophe
            or '\uFF07'                             // ＇ full-width
            or '\u275B' or '\u275C' => '\'',        // ❛ ❜
        _ => c,
    };

    public static string ToAscii(string value) => string.Create(value.Length, value, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = ToAscii(source[i]);
        }
    });
}
