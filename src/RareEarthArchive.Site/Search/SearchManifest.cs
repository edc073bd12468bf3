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
/// {"version":4,
///  "index":{"version":"2.3.9","fields":[…],"pipeline":[…],"refs":[[prefix,first,count]…],
///           "folder":"search/index/","bounds":[firstTerm…],"files":"hash hash…","terms":file},
///  "display":{"folder":"search/display/","size":16,
///             "directory":{"folder":"search/directory/","size":32,"files":{"s":"hash hash…","c":…,"a":…}}},
///  "facets":file,"types":[…],"kinds":[…],"stances":[…]}
/// </code>
/// Hashes are concatenated, <see cref="ContentHashedFile.HashLength"/> characters each: shard i is
/// <c>folder + files[12i..12i+12] + ".json"</c>, its range starts at <c>bounds[i]</c>. Ref <c>s70</c> is in display
/// file k = 70 / display.size of its kind, whose hash is entry k % directory.size of directory k / directory.size
/// (<c>directory.files.s</c>; a directory is <c>{"files":"hash hash…"}</c>, <see cref="SearchDisplayJson.WriteDirectory"/>):
/// the display hashes stay out of the manifest, fetched only for the result pages that need them. <c>refs</c> are
/// the documents in index order (<see cref="DocumentRefRuns"/>). <c>kinds</c> and <c>stances</c> are the filter
/// menus' values, in vocabulary order.
/// </summary>
internal sealed record SearchManifest(
    LunrIndex Index,
    LunrShardSet ShardSet,
    IReadOnlyList<string> ShardHashes,
    string TermsFile,
    int DisplayChunkSize,
    int DisplayDirectorySize,
    IReadOnlyDictionary<string, List<string>> DisplayDirectories,
    string FacetsFile)
{
    public const int Version = 4;

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
            json.WriteStartObject("directory");
            json.WriteString("folder", SearchIndexOutputs.DirectoryFolder + "/");
            json.WriteNumber("size", DisplayDirectorySize);
            json.WriteStartObject("files");
            foreach (var (prefix, hashes) in DisplayDirectories)
            {
                json.WriteString(prefix, string.Concat(hashes));
            }

            json.WriteEndObject();
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
