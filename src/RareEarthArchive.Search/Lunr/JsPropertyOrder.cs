namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// JavaScript's own-property order (OrdinaryOwnPropertyKeys), which JSON.stringify and Object.keys
/// follow: keys that are canonical array indexes come first in ascending numeric order, all other
/// keys follow in insertion order. lunr's postings, field list and metadata are plain objects, so
/// their serialized order depends on it.
/// </summary>
internal static class JsPropertyOrder
{
    /// <summary>True for "0".."4294967294" without sign, leading zeros or decimal point.</summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        if (value > 4294967294UL)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }

    /// <summary>Returns <paramref name="keysInInsertionOrder"/> in the order JavaScript enumerates them.</summary>
    public static IReadOnlyList<string> Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        List<(uint Index, string Key)>? indexes = null;
        List<string>? others = null;
        foreach (var key in keysInInsertionOrder)
        {
            if (IsArrayIndex(key, out var index))
            {
                (indexes ??= []).Add((index, key));
            }
            else
            {
                (others ??= []).Add(key);
            }
        }

        if (indexes is null)
        {
            return keysInInsertionOrder;
        }

        indexes.Sort((a, b) => a.Index.CompareTo(b.Index));
        var result = new List<string>(keysInInsertionOrder.Count);
        result.AddRange(indexes.Select(x => x.Key));
        if (others is not null)
        {
            result.AddRange(others);
        }

        return result;
    }
}
