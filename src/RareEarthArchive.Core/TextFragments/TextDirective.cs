using System.Text;

namespace RareEarthArchive.Core.TextFragments;

/// <summary>
/// A text directive of the WICG "URL Fragment Text Directives" spec: <c>#:~:text=[prefix-,]start[,end][,-suffix]</c>.
/// <see cref="Start"/> alone targets that exact text; with <see cref="End"/>, the range from the first
/// <see cref="Start"/> to the next <see cref="End"/>; <see cref="Prefix"/> and <see cref="Suffix"/> are context that
/// must stand right before and after (white space between allowed) and are not highlighted.
/// </summary>
public sealed record TextDirective(string Start, string? End = null, string? Prefix = null, string? Suffix = null)
{
    /// <summary>The fragment to append to a URL (without a fragment of its own): <c>#:~:text=…</c>.</summary>
    public string ToFragment()
    {
        var value = new StringBuilder("#:~:text=");
        if (Prefix is not null)
        {
            value.Append(Encode(Prefix)).Append("-,");
        }
        value.Append(Encode(Start));
        if (End is not null)
        {
            value.Append(',').Append(Encode(End));
        }
        if (Suffix is not null)
        {
            value.Append(",-").Append(Encode(Suffix));
        }
        return value.ToString();
    }

    /// <summary>
    /// Percent-encodes a term: every UTF-8 byte except the spec's <c>TextDirectiveExplicitChar</c>s
    /// (<c>[a-zA-Z0-9]</c> and <c>! $ ' ( ) * + . / : ; = ? @ _ ~</c>). So <c>-</c>, <c>,</c> and <c>&amp;</c>,
    /// which the syntax uses, are always encoded, and so is everything a URL fragment cannot carry.
    /// </summary>
    public static string Encode(string term)
    {
        var result = new StringBuilder(term.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            if (IsExplicit((char)b))
            {
                result.Append((char)b);
            }
            else
            {
                result.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// The spec's "parse a text directive" on the value after <c>text=</c>: null where the spec returns null
    /// (too many parts, an empty part, a raw <c>-</c> inside a term, bytes that are not UTF-8).
    /// </summary>
    public static TextDirective? Parse(string value)
    {
        var tokens = value.Split(',').ToList();
        if (tokens.Count is < 1 or > 4)
        {
            return null;
        }
        string? prefix = null, suffix = null;
        if (tokens[0].EndsWith('-'))
        {
            prefix = tokens[0][..^1];
            tokens.RemoveAt(0);
            if (prefix.Length == 0 || prefix.Contains('-') || tokens.Count == 0)
            {
                return null;
            }
        }
        if (tokens[^1].StartsWith('-'))
        {
            suffix = tokens[^1][1..];
            tokens.RemoveAt(tokens.Count - 1);
            if (suffix.Length == 0 || suffix.Contains('-') || tokens.Count == 0)
            {
                return null;
            }
        }
        if (tokens.Count > 2 || tokens[0].Length == 0 || tokens[0].Contains('-'))
        {
            return null;
        }
        var end = tokens.Count == 2 ? tokens[1] : null;
        if (end is not null && (end.Length == 0 || end.Contains('-')))
        {
            return null;
        }
        var start = Decode(tokens[0]);
        var (decodedEnd, decodedPrefix, decodedSuffix) = (Decode(end), Decode(prefix), Decode(suffix));
        if (start is null || (end is not null && decodedEnd is null) || (prefix is not null && decodedPrefix is null)
            || (suffix is not null && decodedSuffix is null))
        {
            return null;
        }
        return new TextDirective(start, decodedEnd, decodedPrefix, decodedSuffix);
    }

    private const string HexDigits = "0123456789ABCDEF";

    private static bool IsExplicit(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '$' or '\'' or '(' or ')' or '*' or '+' or '.' or '/' or ':' or ';' or '=' or '?' or '@' or '_' or '~';

    private static string? Decode(string? term)
    {
        if (term is null)
        {
            return null;
        }
        var bytes = new List<byte>(term.Length);
        for (var i = 0; i < term.Length; i++)
        {
            if (term[i] == '%' && i + 2 < term.Length && Uri.IsHexDigit(term[i + 1]) && Uri.IsHexDigit(term[i + 2]))
            {
                bytes.Add(Convert.ToByte(term.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)term[i]);
            }
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
