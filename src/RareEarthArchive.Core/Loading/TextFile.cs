using System.Text;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Loading;

/// <summary>Reads a content file as strict UTF-8: a BOM is dropped, CRLF and CR become LF, invalid bytes are an error.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text with LF line ends, or null after reporting why it could not be read.</summary>
    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        // Only regular files inside the site, no links, bounded in size (see SiteFiles).
        return SiteFiles.Read(fullPath, relativePath, diagnostics) is { } bytes ? Decode(bytes, relativePath, diagnostics) : null;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var (line, column) = ByteLineColumn(bytes, offset);
            diagnostics.Error(new SourceLocation(relativePath, line, column), DiagnosticCodes.NotUtf8,
                $"the byte 0x{bytes[offset]:X2} at this position is not valid UTF-8; save the file as UTF-8");
            return null;
        }
        return NormalizeLineEnds(text);
    }

    public static string NormalizeLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static (int Line, int Column) ByteLineColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters; a valid UTF-8 prefix of the line has this many characters.
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return (line, column);
    }
}
