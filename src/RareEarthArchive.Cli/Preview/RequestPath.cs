namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// Turns a raw HTTP request target into a path inside the built site, or refuses it. Works on the raw target
/// (not the server's normalised path) so that what is checked is exactly what the client sent: decoded once,
/// then every segment must be a plain name. Anything that could step outside the output folder is refused
/// rather than cleaned up: a preview server has no reason to accept a request a browser would never send.
/// </summary>
internal static class RequestPath
{
    /// <summary>
    /// The site-relative path ('/' separators, no leading slash; "" for the root) or null when the target is
    /// refused. <paramref name="isDirectory"/> is true when the target ends in '/'.
    /// </summary>
    public static string? Resolve(string rawTarget, out bool isDirectory)
    {
        isDirectory = false;
        var end = rawTarget.IndexOfAny(['?', '#']);
        var path = end >= 0 ? rawTarget[..end] : rawTarget;
        // Origin-form only: an absolute-form target ("http://host/…") or "*" is not something a browser sends here.
        if (path.Length == 0 || path[0] != '/')
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        // Decoded once: a '%' left over was encoded twice ("%252e"), which only a probe sends.
        if (decoded.Any(c => c is '\\' or '%' or ':' || char.IsControl(c)))
        {
            return null;
        }
        var body = decoded[1..];
        isDirectory = body.Length == 0 || body.EndsWith('/');
        if (isDirectory && body.Length > 0)
        {
            body = body[..^1];
        }
        if (body.Length == 0)
        {
            return "";
        }
        // "//etc/passwd" gives an empty first segment: refused, as are "." and "..".
        var segments = body.Split('/');
        return segments.Any(s => s.Length == 0 || s is "." or "..") ? null : body;
    }
}
