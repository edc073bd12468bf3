using System.Text.Encodings.Web;
using System.Text.Json;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Search.Lunr;
using RareEarthArchive.Search.Sharding;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// search/manifest.json, the one search file with a fixed name (the page revalidates it; everything it names is
/// content-hashed):
/// <code>
/// {"version":3,
///  "index":{"version":"2.3.9","fields":[…],"pipeline":[…],"refs":[[prefix,first,count]…],
///           "folder":"search/index/","bounds":[firstTerm…],"files":"hash hash…","terms":file},
///  "display":{"folder":"search/display/","size":32,"files":{"s":"hash hash…","c":…,"a":…}},
///  "facets":file,"types":[…],"kinds":[…],"stances":[…]}
/// </code>
/// Shard and display hashes are concatenated, <see cref="ContentHashedFile.HashLength"/> characters each: shard i is
/// <c>folder + files[12i..12i+12] + ".json"</c>, its range starts at <c>bounds[i]</c>; ref <c>s70</c> is in display
/// file number 70 / size of <c>files.s</c>. <c>refs</c> are the documents in index order (<see cref="DocumentRefRuns"/>). <c>kinds</c> and <c>stances</c> are the filter menus' values, in
/// vocabulary order.
/// </summary>
internal sealed record SearchManifest(
    LunrIndex Index,
    LunrShardSet ShardSet,
    IReadOnlyList<string> ShardHashes,
    string TermsFile,
    int DisplayChunkSize,
    IReadOnlyDictionary<string, List<string>> DisplayChunks,
    string FacetsFile)
{
    public const int Version = 3;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] Write(IReadOnlyList<(string Ref, SearchDisplayEntry Entry)> display, Vocabularies vocabularies)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartObject("index");
            json.WriteString("version", "2.3.9");
            WriteArray(json, "fields", Index.Fields);
            WriteArray(json, "pipeline", Index.PipelineLabels);
            json.WritePropertyName("refs");
            json.WriteRawValue(ShardSet.RefsJson, skipInputValidation: true);
            json.WriteString("folder", SearchIndexOutputs.IndexFolder + "/");
            WriteArray(json, "bounds", ShardSet.Shards.Select(s => s.FirstTerm));
            json.WriteString("files", string.Concat(ShardHashes));
            json.WriteString("terms", TermsFile);
            json.WriteEndObject();

            json.WriteStartObject("display");
            json.WriteString("folder", SearchIndexOutputs.DisplayFolder + "/");
            json.WriteNumber("size", DisplayChunkSize);
            json.WriteStartObject("files");
            foreach (var (prefix, hashes) in DisplayChunks)
            {
                json.WriteString(prefix, string.Concat(hashes));
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("facets", FacetsFile);
            WriteArray(json, "types", [SiteSearchDocuments.SourceType, SiteSearchDocuments.ClaimType, SiteSearchDocuments.AnnotationType]);
            WriteArray(json, "kinds", SearchDisplayJson.Ordered(display.SelectMany(e => e.Entry.Kinds).ToHashSet(StringComparer.Ordinal), vocabularies.SourceKinds));
            WriteArray(json, "stances", SearchDisplayJson.Ordered(display.SelectMany(e => e.Entry.Stances).ToHashSet(StringComparer.Ordinal), vocabularies.Stances));
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
