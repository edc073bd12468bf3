using System.Globalization;
using System.Text;

namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// JavaScript <c>String.prototype.toLowerCase</c> (full, locale-independent Unicode lowercasing, as in
/// V8 with ICU). .NET's ToLowerInvariant is a simple per-character mapping taken from the system ICU,
/// so three things are added here: U+0130 lowercases to "i" + U+0307, capital sigma becomes final
/// sigma at the end of a word, and the mappings newer than the ICU on our build machines (measured
/// against Node 20 / ICU 78 over every code point) are supplied explicitly.
/// </summary>
internal static class JsLowerCase
{
    public static string ToLower(string s)
    {
        if (IsAsciiWithoutUpper(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 4);
        var i = 0;
        while (i < s.Length)
        {
            if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                sb.Append(s[i]); // lone surrogate: JavaScript leaves it as it is
                i++;
                continue;
            }

            var cp = rune.Value;
            if (cp == 0x0130)
            {
                sb.Append("i\u0307");
            }
            else if (cp == 0x03A3)
            {
                sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            }
            else if (NewerMapping(cp) is int mapped)
            {
                sb.Append(char.ConvertFromUtf32(mapped));
            }
            else
            {
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            i += used;
        }

        return sb.ToString();
    }

    private static bool IsAsciiWithoutUpper(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80 || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Unicode 16/17 lowercase mappings that .NET on Debian's ICU does not know yet.</summary>
    private static int? NewerMapping(int cp) => cp switch
    {
        0x1C89 => 0x1C8A,
        0xA7CB => 0x0264,
        0xA7CC => 0xA7CD,
        0xA7CE => 0xA7CF,
        0xA7D2 => 0xA7D3,
        0xA7D4 => 0xA7D5,
        0xA7DA => 0xA7DB,
        0xA7DC => 0x019B,
        >= 0x10D50 and <= 0x10D65 => cp + 0x20, // Garay
        >= 0x16EA0 and <= 0x16EB8 => cp + 0x1B, // Beria Erfe
        _ => null,
    };

    /// <summary>
    /// Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable characters)
    /// and no cased letter after (again skipping case-ignorable ones).
    /// </summary>
    private static bool IsFinalSigma(string s, int sigmaIndex)
    {
        var before = false;
        var i = sigmaIndex;
        while (i > 0)
        {
            var start = s[i - 1] is >= '\uDC00' and <= '\uDFFF' && i >= 2 && char.IsHighSurrogate(s[i - 2]) ? i - 2 : i - 1;
            var cp = char.IsSurrogatePair(s, start) ? char.ConvertToUtf32(s, start) : s[start];
            i = start;
            if (IsCaseIgnorable(cp))
            {
                continue;
            }

            before = IsCased(cp);
            break;
        }

        if (!before)
        {
            return false;
        }

        i = sigmaIndex + 1;
        while (i < s.Length)
        {
            var cp = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i) : s[i];
            i += cp > 0xFFFF ? 2 : 1;
            if (IsCaseIgnorable(cp))
            {
                continue;
            }

            return !IsCased(cp);
        }

        return true;
    }

    private static bool IsCased(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        switch (Rune.GetUnicodeCategory(new Rune(cp)))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }

        // Other_Lowercase / Other_Uppercase characters that are not letters by category.
        return cp is 0x00AA or 0x00BA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
    }

    private static bool IsCaseIgnorable(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        switch (Rune.GetUnicodeCategory(new Rune(cp)))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }

        // Word_Break MidLetter, MidNumLet and Single_Quote.
        return cp is 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019
            or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
