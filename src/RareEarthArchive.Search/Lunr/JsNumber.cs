using System.Globalization;
using System.Text;

namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// ECMAScript Number::toString for doubles. .NET's round-trip format has the same shortest digits
/// but switches to exponent notation at different magnitudes ("1E-05" vs "0.00001"), so only the
/// digits are taken from .NET and the layout follows the ECMAScript rules.
/// </summary>
internal static class JsNumber
{
    /// <summary>What <c>String(x)</c> returns in JavaScript.</summary>
    public static string ToJsString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0"; // covers -0 too, which JavaScript prints as "0"
        }

        var negative = value < 0;
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var sb = new StringBuilder(32);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>What <c>JSON.stringify</c> writes for a number: like toString, but NaN and ±Infinity become null.</summary>
    public static string ToJson(double value) => double.IsFinite(value) ? ToJsString(value) : "null";

    /// <summary>
    /// The shortest round-trip decimal digits s (no leading or trailing zeros) and exponent n with
    /// value = 0.s × 10^n, taken from .NET's "E16"-free shortest ("R") formatting.
    /// </summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePos = r.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exponent = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ePos];
        }

        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? r[..dot] : r;
        var fracPart = dot >= 0 ? r[(dot + 1)..] : string.Empty;
        var all = intPart + fracPart;

        // The decimal point sits after intPart.Length digits; shift it for the exponent.
        var n = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        n -= lead;
        var digits = all[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, n);
    }
}
