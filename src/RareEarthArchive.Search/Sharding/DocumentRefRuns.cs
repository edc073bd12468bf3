using System.Globalization;
using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// The document refs of an index, in its order, as runs <c>[prefix, first, count]</c>: refs
/// <c>prefix + first</c>, <c>prefix + (first + 1)</c>, … <c>prefix + (first + count - 1)</c>. Shards name documents by
/// their position in this list, so the page needs the list for every query; a site's refs (<c>s0…</c>, <c>c0…</c>,
/// <c>a0…</c>) are three runs, where the list itself would be 200,000 strings. A ref that does not end in a number is
/// a run of its own, <c>[ref, -1, 1]</c>.
/// </summary>
public static class DocumentRefRuns
{
    /// <summary>Longest number part: 9 digits always fits a JavaScript and a C# int.</summary>
    private const int MaxDigits = 9;

    public static string ToJson(IReadOnlyList<string> refs)
    {
        ArgumentNullException.ThrowIfNull(refs);
        var sb = new StringBuilder(64).Append('[');
        string? prefix = null;
        int first = 0, count = 0;
        void Flush()
        {
            if (prefix is null)
            {
                return;
            }

            sb.Append(sb.Length > 1 ? ",[" : "[");
            JsText.AppendJsonString(sb, prefix);
            sb.Append(',').Append(first.ToString(CultureInfo.InvariantCulture)).Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        foreach (var docRef in refs)
        {
            var (p, n) = Split(docRef);
            if (n >= 0 && prefix is not null && first >= 0 && string.Equals(p, prefix, StringComparison.Ordinal) && n == first + count)
            {
                count++;
                continue;
            }

            Flush();
            (prefix, first, count) = (p, n, 1);
        }

        Flush();
        return sb.Append(']').ToString();
    }

    /// <summary>(prefix, number) with <c>prefix + number == docRef</c>, or (docRef, -1) when it does not end in a number.</summary>
    internal static (string Prefix, int Number) Split(string docRef)
    {
        var start = docRef.Length;
        while (start > 0 && docRef.Length - start < MaxDigits && char.IsAsciiDigit(docRef[start - 1]))
        {
            start--;
        }

        // "a007" is "a00" + 7: leading zeros belong to the prefix, so that prefix + number spells the ref again.
        while (start < docRef.Length - 1 && docRef[start] == '0')
        {
            start++;
        }

        return start < docRef.Length
            ? (docRef[..start], int.Parse(docRef.AsSpan(start), NumberStyles.None, CultureInfo.InvariantCulture))
            : (docRef, -1);
    }
}
