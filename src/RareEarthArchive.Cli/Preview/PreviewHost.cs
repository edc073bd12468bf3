using System.Globalization;

namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// The <c>Host</c> header check against DNS rebinding: a web page the contributor visits can point its own
/// host name at 127.0.0.1 and then read the preview as same-origin. Listening on loopback does not stop that;
/// answering only the loopback names does, because the browser sends the attacker's host name.
/// </summary>
internal static class PreviewHost
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>True for <c>127.0.0.1</c>, <c>localhost</c> or <c>[::1]</c>, alone or with this server's port.</summary>
    public static bool IsAllowed(string? host, int port)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }
        var colon = host.LastIndexOf(':');
        var name = host;
        if (colon >= 0 && host.IndexOf(']', StringComparison.Ordinal) < colon)
        {
            if (host[(colon + 1)..] != port.ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
            name = host[..colon];
        }
        return Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }
}
