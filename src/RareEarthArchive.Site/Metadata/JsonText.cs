using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// JSON as the site publishes it: UTF-8 without BOM, <c>\n</c> line ends, non-ASCII text kept readable,
/// and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> always written as <c>\u003c</c>, <c>\u003e</c>, <c>\u0026</c>, so the same
/// text is safe inside an HTML <c>&lt;script&gt;</c> element: contributor text can never close the script.
/// </summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    /// <summary>The node as indented JSON ending in a newline, for files.</summary>
    public static string ToFileText(JsonNode node) => Write(node, Indented) + "\n";

    /// <summary>The node as compact JSON that can sit inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public static string ToScriptText(JsonNode node) => Write(node, Compact);

    private static string Write(JsonNode node, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            node.WriteTo(writer);
        }
        // In JSON these three characters can only occur inside strings, where the \u escape means the same character.
        // The relaxed encoder leaves them as they are, so they are replaced here, for every output alike.
        return new StringBuilder(Encoding.UTF8.GetString(buffer.ToArray()))
            .Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026")
            .Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029")
            .ToString();
    }
}
