using System.Text;

namespace RareEarthArchive.Search.Lunr;

/// <summary>JavaScript string facts lunr relies on, written out so .NET's differing defaults never leak in.</summary>
internal static class JsText
{
    /// <summary>
    /// lunr's tokenizer separator <c>/[\s\-]+/</c> for one UTF-16 unit. JavaScript's \s is not .NET's:
    /// it includes U+FEFF and excludes U+0085, so the set is spelled out.
    /// </summary>
    public static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u0009' and <= '\u000D' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>Appends <paramref name="s"/> as JSON.stringify writes a string (ES2019 well-formed JSON.stringify).</summary>
    public static void AppendJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        AppendUnicodeEscape(sb, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendUnicodeEscape(sb, c); // lone surrogates are escaped, so the output is valid UTF-8
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    public static string ToJsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendJsonString(sb, s);
        return sb.ToString();
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c)
    {
        const string hex = "0123456789abcdef";
        sb.Append("\\u").Append(hex[c >> 12]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
    }
}
