using System.Text.Encodings.Web;
using System.Text.Json;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// search/manifest.json, the one search file with a fixed name (the page revalidates it; everything it names is
/// content-hashed):
/// <code>
/// {"version":2,
///  "index":{"version":"2.3.9","fields":[…],"pipeline":[…],"shards":[[firstTerm,lastTerm,file]…],"terms":file,"refs":file},
///  "display":{"folder":"search/display/","size":32,"files":{"s":"hash hash…","c":…,"a":…}},
///  "facets":file,"types":[…],"kinds":[…],"stances":[…]}
/// </code>
/// Display hashes are concatenated, <see cref="ContentHashedFile.HashLength"/> characters each: ref <c>s70</c> is in
/// file number 70 / size of <c>files.s</c>. <c>kinds</c> and <c>stances</c> are the filter menus' values, in
/// vocabulary order.
/// </summary>
internal sealed record SearchManifest(
    LunrIndex Index,
    IReadOnlyList<(string First, string Last, string File)> Shards,
    string TermsFile,
    string RefsFile,
    int DisplayChunkSize,
    IReadOnlyDictionary<string, List<string>> DisplayChunks,
    string FacetsFile)
{
    public const int Version = 2;

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
            json.WriteStartArray("shards");
            foreach (var (first, last, file) in Shards)
            {
                json.WriteStartArray();
                json.WriteStringValue(first);
                json.WriteStringValue(last);
                json.WriteStringValue(file);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteString("terms", TermsFile);
            json.WriteString("refs", RefsFile);
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
