using System.Buffers;
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

    /// <summary>
    /// What <paramref name="write"/> writes, as the indented file bytes <see cref="ToFileText"/> would give:
    /// straight from the writer to UTF-8, for exports too large to go through a node tree and a string.
    /// </summary>
    public static byte[] ToFileBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            write(writer);
        }
        var output = new ArrayBufferWriter<byte>(buffer.WrittenCount + 1024);
        ScriptSafe(buffer.WrittenSpan, output);
        output.Write("\n"u8);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The node as compact JSON that can sit inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public static string ToScriptText(JsonNode node) => Write(node, Compact);

    private static string Write(JsonNode node, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            node.WriteTo(writer);
        }
        var output = new ArrayBufferWriter<byte>(buffer.WrittenCount + 256);
        ScriptSafe(buffer.WrittenSpan, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// In JSON, &lt; &gt; &amp; and the line and paragraph separators (U+2028, U+2029) can only occur inside strings,
    /// where the \u escape means the same character. The relaxed encoder leaves them as they are, so they are
    /// replaced here, byte by byte (UTF-8 never has these bytes inside another character), for every output alike.
    /// </summary>
    private static readonly SearchValues<byte> Special = SearchValues.Create([(byte)'<', (byte)'>', (byte)'&', 0xE2]);

    private static void ScriptSafe(ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        while (json.Length > 0)
        {
            var next = json.IndexOfAny(Special);
            if (next < 0)
            {
                output.Write(json);
                return;
            }
            output.Write(json[..next]);
            var b = json[next];
            if (b == 0xE2 && json.Length > next + 2 && json[next + 1] == 0x80 && json[next + 2] is 0xA8 or 0xA9)
            {
                output.Write(json[next + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                json = json[(next + 3)..];
                continue;
            }
            output.Write(b switch
            {
                (byte)'<' => "\\u003c"u8,
                (byte)'>' => "\\u003e"u8,
                (byte)'&' => "\\u0026"u8,
                _ => json.Slice(next, 1),
            });
            json = json[(next + 1)..];
        }
    }
}
