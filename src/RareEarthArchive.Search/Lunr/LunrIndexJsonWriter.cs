using System.Globalization;
using System.Text;

namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// Writes an index the way <c>JSON.stringify</c> writes lunr.js's <c>Index#toJSON</c>: fixed key order,
/// no whitespace, JavaScript number formatting and string escaping, and JavaScript property order
/// (array-index-like keys first) inside postings. Hand-written because no .NET serializer matches
/// JSON.stringify byte for byte.
/// </summary>
internal static class LunrIndexJsonWriter
{
    public const string Version = "2.3.9";

    public static string Write(LunrIndex index)
    {
        var sb = new StringBuilder(4096);
        sb.Append("{\"version\":");
        JsText.AppendJsonString(sb, Version);

        sb.Append(",\"fields\":");
        AppendStringArray(sb, index.Fields);

        sb.Append(",\"fieldVectors\":[");
        for (var i = 0; i < index.FieldVectors.Count; i++)
        {
            var vector = index.FieldVectors[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('[');
            JsText.AppendJsonString(sb, vector.FieldRef);
            sb.Append(",[");
            for (var j = 0; j < vector.Elements.Count; j++)
            {
                if (j > 0)
                {
                    sb.Append(',');
                }

                sb.Append(vector.Elements[j].TermIndex.ToString(CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(JsNumber.ToJson(vector.Elements[j].Score));
            }

            sb.Append("]]");
        }

        sb.Append("],\"invertedIndex\":[");
        var postingKeys = JsPropertyOrder.Order([InvertedIndexKey, .. index.Fields]);
        for (var i = 0; i < index.SortedTerms.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('[');
            JsText.AppendJsonString(sb, index.SortedTerms[i].Key);
            sb.Append(',');
            AppendPosting(sb, index.SortedTerms[i].Value, postingKeys, index.Fields);
            sb.Append(']');
        }

        sb.Append("],\"pipeline\":");
        AppendStringArray(sb, index.PipelineLabels);
        sb.Append('}');
        return sb.ToString();
    }

    internal const string InvertedIndexKey = "_index";

    internal static void AppendPosting(StringBuilder sb, InvertedIndexPosting posting, IReadOnlyList<string> keys, IReadOnlyList<string> fields)
    {
        sb.Append('{');
        for (var k = 0; k < keys.Count; k++)
        {
            if (k > 0)
            {
                sb.Append(',');
            }

            var key = keys[k];
            JsText.AppendJsonString(sb, key);
            sb.Append(':');
            if (string.Equals(key, InvertedIndexKey, StringComparison.Ordinal))
            {
                sb.Append(posting.TermIndex.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var entries = posting.Fields[IndexOf(fields, key)];
            sb.Append('{');
            var refs = JsPropertyOrder.Order(entries.Refs);
            for (var r = 0; r < refs.Count; r++)
            {
                if (r > 0)
                {
                    sb.Append(',');
                }

                JsText.AppendJsonString(sb, refs[r]);
                sb.Append(':');
                AppendMetadata(sb, entries.Get(refs[r]));
            }

            sb.Append('}');
        }

        sb.Append('}');
    }

    private static void AppendMetadata(StringBuilder sb, InvertedIndexPosting.RefMetadata metadata)
    {
        sb.Append('{');
        var keys = JsPropertyOrder.Order(metadata.Keys);
        for (var k = 0; k < keys.Count; k++)
        {
            if (k > 0)
            {
                sb.Append(',');
            }

            JsText.AppendJsonString(sb, keys[k]);
            sb.Append(":[");
            sb.AppendJoin(',', metadata.ValuesOf(keys[k]));
            sb.Append(']');
        }

        sb.Append('}');
    }

    private static int IndexOf(IReadOnlyList<string> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown field {name}.");
    }

    private static void AppendStringArray(StringBuilder sb, IReadOnlyList<string> values)
    {
        sb.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            JsText.AppendJsonString(sb, values[i]);
        }

        sb.Append(']');
    }
}
