namespace RareEarthArchive.Search.Rea;

/// <summary>
/// The code points our bigram splitter treats as CJK: Han, Hiragana, Katakana and Hangul, as explicit
/// ranges. Ranges rather than Unicode Script properties because .NET has no Script property and the
/// browser's Unicode version varies; a fixed table gives the same answer everywhere. The JavaScript
/// twin is <c>CJK_RANGES</c> in Browser/rea-lunr-pipeline.js and must list the same ranges.
/// </summary>
internal static class CjkCharacters
{
    /// <summary>Inclusive [first, last] pairs, ascending.</summary>
    internal static readonly int[] Ranges =
    [
        0x1100, 0x11FF,   // Hangul Jamo
        0x2E80, 0x2FDF,   // CJK Radicals Supplement, Kangxi Radicals
        0x3005, 0x3007,   // 々 〆 〇
        0x3021, 0x3029,   // Hangzhou numerals
        0x3038, 0x303B,   // more Hangzhou numerals, 〻
        0x3041, 0x309F,   // Hiragana (incl. the voicing marks)
        0x30A1, 0x30FA,   // Katakana (not ゠ U+30A0 nor the middle dot ・ U+30FB, which separate words)
        0x30FC, 0x30FF,   // ー ヽ ヾ ヿ
        0x3131, 0x318E,   // Hangul Compatibility Jamo
        0x31F0, 0x31FF,   // Katakana Phonetic Extensions
        0x3400, 0x4DBF,   // CJK Extension A
        0x4E00, 0x9FFF,   // CJK Unified Ideographs
        0xA960, 0xA97F,   // Hangul Jamo Extended-A
        0xAC00, 0xD7AF,   // Hangul Syllables
        0xD7B0, 0xD7FF,   // Hangul Jamo Extended-B
        0xF900, 0xFAFF,   // CJK Compatibility Ideographs
        0xFF66, 0xFF9F,   // halfwidth Katakana
        0xFFA0, 0xFFDC,   // halfwidth Hangul
        0x1AFF0, 0x1B16F, // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
        0x20000, 0x3FFFF, // CJK Extensions B to H and Compatibility Supplement (planes 2 and 3)
    ];

    public static bool IsCjk(int codePoint)
    {
        for (var i = 0; i < Ranges.Length; i += 2)
        {
            if (codePoint < Ranges[i])
            {
                return false;
            }

            if (codePoint <= Ranges[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Variation selectors pick a glyph, not a different character; after a CJK character they are dropped.</summary>
    public static bool IsVariationSelector(int codePoint) =>
        codePoint is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
