using System.Text.Encodings.Web;
using System.Text.Json;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// search/facets/HASH.json: what the kind and stance filters need for every result, fetched only when a filter is
/// chosen. <c>{"combos":[[[kinds…],[stances…]]…],"s":[combo…],"c":[…],"a":[…]}</c>: ref <c>s7</c> has the kinds and
/// stances of <c>combos[s[7]]</c>. Few distinct combinations occur, so each ref costs a small number.
/// </summary>
internal static class SearchFacetsJson
{
    public static byte[] Write(IReadOnlyList<(string Ref, SearchDisplayEntry Entry)> display)
    {
        var combos = new List<(IReadOnlyList<string> Kinds, IReadOnlyList<string> Stances)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (docRef, entry) in display)
        {
            var key = string.Join('\u0001', entry.Kinds) + '\u0002' + string.Join('\u0001', entry.Stances);
            if (!ids.TryGetValue(key, out var id))
            {
                id = combos.Count;
                ids.Add(key, id);
                combos.Add((entry.Kinds, entry.Stances));
            }

            var prefix = docRef[..1];
            if (!byType.TryGetValue(prefix, out var list))
            {
                byType.Add(prefix, list = []);
            }

            list.Add(id);
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("combos");
            foreach (var (kinds, stances) in combos)
            {
                json.WriteStartArray();
                WriteStrings(json, kinds);
                WriteStrings(json, stances);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            foreach (var (prefix, list) in byType)
            {
                json.WriteStartArray(prefix);
                foreach (var id in list)
                {
                    json.WriteNumberValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
