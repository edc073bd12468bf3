using System.Globalization;
using System.Text;

namespace RareEarthArchive.Core.Markdown;

/// <summary>
/// Guesses the language of a stretch of text from its script, for the <c>lang</c> attribute of text
/// that is not in its source's language (a Chinese headline inside an English summary). Only scripts
/// that say which language they are: kana means Japanese, Hangul Korean, Han alone Chinese.
/// Latin text is never guessed: its script does not tell the language.
/// </summary>
public static class ScriptLanguage
{
    /// <summary>The BCP 47 tag for text whose letters are mostly CJK, or null.</summary>
    public static string? Detect(string text)
    {
        int letters = 0, han = 0, kana = 0, hangul = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }
            letters++;
            var value = rune.Value;
            if (value is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9D))
            {
                kana++;
            }
            else if (value is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F))
            {
                hangul++;
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter
                     && value is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF))
            {
                han++;
            }
        }
        var cjk = han + kana + hangul;
        if (letters == 0 || cjk * 2 <= letters)
        {
            return null;
        }
        return kana > 0 ? "ja" : hangul > han ? "ko" : "zh";
    }

    /// <summary>Whether a tag says the same language as a source's tag (so no attribute is needed): zh vs zh-Hans.</summary>
    public static bool SameLanguage(string detected, string sourceLanguage) =>
        string.Equals(detected, sourceLanguage.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
