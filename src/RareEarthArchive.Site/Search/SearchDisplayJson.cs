using System.Text.Encodings.Web;
using System.Text.Json;
using RareEarthArchive.Core.Configuration;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// search/display.json: <c>{"version":1,"types":[…],"kinds":[…],"stances":[…],"docs":{"s0":{…},…}}</c>. Compact,
/// deterministic, UTF-8 without BOM, non-ASCII written as itself. <c>kinds</c> and <c>stances</c> are the values
/// that occur in the docs, in vocabulary order: the page builds its filter menus from them.
/// </summary>
public static class SearchDisplayJson
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // JSON fetched as data, never placed in HTML unescaped
        Indented = false,
    };

    public static byte[] Write(IReadOnlyList<(string Ref, SearchDisplayEntry Entry)> entries, Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(vocabularies);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            WriteArray(json, "types", [SiteSearchDocuments.SourceType, SiteSearchDocuments.ClaimType, SiteSearchDocuments.AnnotationType]);
            var kinds = entries.SelectMany(e => e.Entry.Kinds).ToHashSet(StringComparer.Ordinal);
            var stances = entries.SelectMany(e => e.Entry.Stances).ToHashSet(StringComparer.Ordinal);
            WriteArray(json, "kinds", Ordered(kinds, vocabularies.SourceKinds));
            WriteArray(json, "stances", Ordered(stances, vocabularies.Stances));
            json.WritePropertyName("docs");
            WriteDocs(json, entries);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>One display chunk (search/display/HASH.json): <c>{"s0":{…},…}</c> for the refs of the chunk.</summary>
    /// <param name="bodyFiles">The text file of each ref whose body is not inline (<c>"bodyFile"</c>).</param>
    public static byte[] WriteChunk(IEnumerable<(string Ref, SearchDisplayEntry Entry)> entries, IReadOnlyDictionary<string, string> bodyFiles)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            WriteDocs(json, entries, bodyFiles);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// One display directory (search/directory/HASH.json): <c>{"files":"hash hash…"}</c>, the hashes of consecutive
    /// display files of one kind, <see cref="ContentHashedFile.HashLength"/> characters each, concatenated.
    /// </summary>
    public static byte[] WriteDirectory(IEnumerable<string> displayHashes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("files", string.Concat(displayHashes));
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A text file (search/text/HASH.json): <c>{"body":"…"}</c>.</summary>
    public static byte[] WriteBody(string body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("body", body);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteDocs(Utf8JsonWriter json, IEnumerable<(string Ref, SearchDisplayEntry Entry)> entries, IReadOnlyDictionary<string, string>? bodyFiles = null)
    {
        json.WriteStartObject();
        foreach (var (docRef, e) in entries)
        {
            json.WritePropertyName(docRef);
            json.WriteStartObject();
            json.WriteString("type", e.Type);
            json.WriteString("title", e.Title);
            json.WriteString("url", e.Url);
            json.WriteString("meta", e.Meta);
            json.WriteString("text", e.Text);
            json.WriteString("lang", e.Language);
            WriteArray(json, "kinds", e.Kinds);
            WriteArray(json, "stances", e.Stances);
            if (e.BodyInline)
            {
                json.WriteString("body", e.Body);
            }
            else if (bodyFiles is not null && bodyFiles.TryGetValue(docRef, out var file))
            {
                json.WriteString("bodyFile", file);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The values that occur in <paramref name="used"/>, in vocabulary order (others last, ordinal).</summary>
    internal static IReadOnlyList<string> Ordered(HashSet<string> used, IEnumerable<string> vocabulary)
    {
        var ordered = vocabulary.Where(used.Contains).ToList();
        ordered.AddRange(used.Except(ordered, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return ordered;
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
