using System.Text.Json;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests;

/// <summary>
/// One index build described as JSON, in the format of the lunr vectors (vectors.md) plus an
/// optional "pipeline": "rea". The same JSON drives lunr.js in Differential/build-lunr.js.
/// </summary>
internal static class BuildSpec
{
    public static string BuildWithCSharp(string specJson)
    {
        using var doc = JsonDocument.Parse(specJson);
        return BuildWithCSharp(doc.RootElement);
    }

    public static string BuildWithCSharp(JsonElement spec)
    {
        var pipelines = spec.TryGetProperty("pipeline", out var p) && p.GetString() == "rea" ? LunrPipelineSet.Rea : LunrPipelineSet.LunrDefault;
        var refField = spec.TryGetProperty("ref", out var r) ? r.GetString()! : "id";
        var fields = new List<LunrField>();
        foreach (var f in spec.GetProperty("fields").EnumerateArray())
        {
            if (f.ValueKind == JsonValueKind.String)
            {
                fields.Add(new LunrField(f.GetString()!));
            }
            else
            {
                var boost = f.TryGetProperty("boost", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDouble() : (double?)null;
                fields.Add(new LunrField(f.GetProperty("name").GetString()!, boost));
            }
        }

        var builder = new LunrIndexBuilder(refField, fields, pipelines);
        if (spec.TryGetProperty("metadataWhitelist", out var w))
        {
            builder.MetadataWhitelist = [.. w.EnumerateArray().Select(x => x.GetString()!)];
        }

        if (spec.TryGetProperty("b", out var bValue))
        {
            builder.B = bValue.GetDouble();
        }

        if (spec.TryGetProperty("k1", out var k1))
        {
            builder.K1 = k1.GetDouble();
        }

        foreach (var d in spec.GetProperty("documents").EnumerateArray())
        {
            var document = new Dictionary<string, LunrValue>(StringComparer.Ordinal);
            foreach (var property in d.GetProperty("doc").EnumerateObject())
            {
                document[property.Name] = ToValue(property.Value);
            }

            double? boost = d.TryGetProperty("attributes", out var a) && a.TryGetProperty("boost", out var db) ? db.GetDouble() : null;
            builder.Add(document, boost);
        }

        return builder.Build().ToJson();
    }

    public static LunrValue ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => LunrValue.String(e.GetString()!),
        JsonValueKind.Number => LunrValue.Number(e.GetDouble()),
        JsonValueKind.True => LunrValue.Boolean(true),
        JsonValueKind.False => LunrValue.Boolean(false),
        JsonValueKind.Array => LunrValue.Array(e.EnumerateArray().Select(ToValue)),
        JsonValueKind.Null => LunrValue.Null,
        _ => throw new NotSupportedException($"lunr field values of kind {e.ValueKind} are not modelled"),
    };
}
