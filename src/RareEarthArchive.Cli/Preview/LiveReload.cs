using System.Text;

namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// The preview-only script: listens on the server's event stream, reloads the page after a good build and
/// shows a failed build's diagnostics in an overlay. It is added to HTML responses by the server, never to the
/// built site. Messages are contributor-influenced text, so the overlay is built with textContent only.
/// </summary>
internal static class LiveReload
{
    public const string Prefix = "/__rea/";
    public const string EventsPath = "/__rea/events";
    public const string ScriptPath = "/__rea/live.js";
    public const string OverlayId = "__rea-overlay";

    public static readonly byte[] Script = new UTF8Encoding(false).GetBytes(
        """
        (function () {
          "use strict";
          var source = new EventSource("/__rea/events");
          // The build this page came from, so a build that finished before the stream connected still reloads it.
          var script = document.currentScript;
          var build = script ? Number(script.getAttribute("data-build")) : null;
          function overlay(payload) {
            var old = document.getElementById("__rea-overlay");
            if (old) { old.remove(); }
            var box = document.createElement("div");
            box.id = "__rea-overlay";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#1e1e1e;color:#f4f4f4;font:13px/1.5 ui-monospace,monospace;padding:1em 1.25em;" +
              "border-top:4px solid #d33;white-space:pre-wrap";
            var title = document.createElement("strong");
            title.textContent = "rea serve: the build failed; showing the last good build";
            box.appendChild(title);
            var list = document.createElement("ul");
            list.style.cssText = "margin:.5em 0 0;padding-left:1.25em";
            (payload.errors || []).forEach(function (line) {
              var item = document.createElement("li");
              item.textContent = line;
              list.appendChild(item);
            });
            box.appendChild(list);
            document.body.appendChild(box);
          }
          source.addEventListener("hello", function (e) {
            var data = JSON.parse(e.data);
            if (build !== null && data.build !== build) { location.reload(); return; }
            build = data.build;
          });
          source.addEventListener("reload", function (e) {
            var data = JSON.parse(e.data);
            if (data.build !== build) { location.reload(); }
          });
          source.addEventListener("errors", function (e) { overlay(JSON.parse(e.data)); });
        })();
        """ + "\n");

    /// <summary>The page with the script tag before <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html, long build)
    {
        var tag = Encoding.ASCII.GetBytes($"<script src=\"{ScriptPath}\" data-build=\"{build.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"></script>");
        var closing = LastIndexOfCaseInsensitive(html, "</body>"u8);
        var at = closing >= 0 ? closing : html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }

    private static int LastIndexOfCaseInsensitive(byte[] haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = char.ToLowerInvariant((char)haystack[i + j]) == (char)needle[j];
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }
}
