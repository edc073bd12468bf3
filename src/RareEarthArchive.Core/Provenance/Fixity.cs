using System.Security.Cryptography;
using System.Text;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Provenance;

/// <summary>
/// The fixity of an archived text: the SHA-256 of its Markdown body (everything after the closing <c>---</c> of
/// the front matter) as UTF-8 bytes, after the file's own normalisation (byte-order mark dropped, CRLF and CR
/// folded to LF). Front matter is not hashed, so annotating a source never changes its hash; editing one
/// character of the archived text always does.
/// </summary>
public static class Fixity
{
    /// <summary>The hash as 64 lower-case hexadecimal digits, the form <c>sha256sum</c> prints.</summary>
    public static string Sha256(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>
    /// A command line that recomputes the hash from the file alone, run in the site folder: <c>tail</c> prints the
    /// file from the body's first line on, byte for byte, which is exactly the hashed body for a file saved with LF
    /// line ends (the contributor guide gives the variant for CRLF files).
    /// </summary>
    public static string CheckCommand(Source source) =>
        $"tail -n +{source.Text.FirstLine} {source.Location.Path} | sha256sum";
}
