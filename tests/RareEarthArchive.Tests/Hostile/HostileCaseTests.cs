using System.Xml;
using AngleSharp.Html.Parser;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Hostile;

/// <summary>
/// File-driven hostile pull requests (see SECURITY.md): each folder under Hostile/Cases is a site an attacker
/// wrote, with <c>setup.txt</c> for what git cannot hold (links, FIFOs, generated nesting, control characters in
/// names) and <c>expected.txt</c>, the exact diagnostics <c>rea check</c> must print (empty: the site is harmless
/// and builds). Whatever the case: no stack trace, no hang, build agrees with check, and a build that succeeds
/// publishes no byte from outside the site, no <c>href</c>/<c>src</c> outside the allow-list, and well-formed
/// XML and JSON.
/// </summary>
public sealed class HostileCaseTests
{
    public static TheoryData<string> Cases() => HostileSite.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_refuses_with_exactly_the_expected_diagnostics(string name)
    {
        using var hostile = new HostileSite(name);

        var run = Rea.Invoke("check", hostile.Site.Path);

        var diagnostics = run.ErrorLines.Where(l => l.Contains("): error ", StringComparison.Ordinal) || l.Contains("): warning ", StringComparison.Ordinal)).ToList();
        Assert.Equal(hostile.Expected, diagnostics);
        Assert.Equal(hostile.Expected.Count == 0 ? ExitCodes.Success : ExitCodes.ContentErrors, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        // Every line printed is one line: no control character reaches the terminal.
        Assert.DoesNotContain(run.Error + run.Out, c => char.IsControl(c) && c != '\n');
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_publishes_nothing_from_outside_and_no_unsafe_url(string name)
    {
        using var hostile = new HostileSite(name);

        var run = Rea.Invoke("build", hostile.Site.Path);

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(hostile.Expected.Count == 0 ? ExitCodes.Success : ExitCodes.ContentErrors, run.ExitCode);
        if (run.ExitCode != ExitCodes.Success)
        {
            Assert.False(Directory.Exists(hostile.Site.Output));
            return;
        }
        foreach (var file in Directory.EnumerateFiles(hostile.Site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(hostile.Secret, text, StringComparison.Ordinal);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    AssertSafeUrls(file, text);
                    break;
                case ".xml":
                    new XmlDocument().LoadXml(text); // throws when not well-formed
                    break;
                case ".json" or ".jsonld":
                    using (System.Text.Json.JsonDocument.Parse(text))
                    {
                    }
                    break;
            }
        }
    }

    private static void AssertSafeUrls(string file, string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction" or "poster" or "srcset"))
            {
                Assert.True(AllowList.IsAllowed(attribute.Value), $"{file}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
        foreach (var script in page.QuerySelectorAll("script:not([src])"))
        {
            Assert.Equal("application/ld+json", script.GetAttribute("type"));
            using var _ = System.Text.Json.JsonDocument.Parse(script.TextContent);
        }
    }
}

/// <summary>
/// The tests' own allow-list, written apart from <c>UrlSafety</c> so that one cannot vouch for itself: resolve the
/// attribute value as a browser would (against an http page) and look at the scheme that comes out.
/// </summary>
internal static class AllowList
{
    private static readonly Uri Page = new("https://example.test/base/page/");

    public static bool IsAllowed(string value)
    {
        // The browser strips leading/trailing C0 controls and spaces and removes tabs and newlines anywhere.
        var cleaned = new string([.. value.Trim('\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b', '\t', '\n', '\u000B', '\f', '\r', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', ' ').Where(c => c is not ('\t' or '\n' or '\r'))]);
        if (!Uri.TryCreate(Page, cleaned, out var resolved))
        {
            // Not a URL .NET can resolve; only harmless if it has no scheme-like prefix at all.
            return !cleaned.Contains(':', StringComparison.Ordinal) || cleaned.IndexOf(':', StringComparison.Ordinal) > cleaned.IndexOfAny(['/', '?', '#']) && cleaned.IndexOfAny(['/', '?', '#']) >= 0;
        }
        return resolved.Scheme is "http" or "https" or "mailto";
    }
}
