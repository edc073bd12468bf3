using System.Diagnostics;
using System.Text;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Hostile;

/// <summary>
/// Seeded, time-bounded fuzzing of check and build in-process: random Markdown (nesting, brackets, emphasis,
/// delimiters, code fences, unsafe URLs, control characters) and random YAML structure (flow and block nesting,
/// escapes, control characters) in every Markdown and text field. Whatever comes out, no exception may escape
/// the builder and no diagnostic may be an internal error; a stack overflow would end the test run. The seed
/// and the iteration are in every failure message, so a failure is reproduced by running that iteration.
/// </summary>
public sealed class HostileFuzzTests
{
    private const int Seed = 20_261_202;
    private const int MaxIterations = 400;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    private static readonly string[] MarkdownPieces =
    [
        "[", "]", "(", ")", "![", "](", "*", "**", "_", "__", "`", "``", "\n```\n", "\n~~~\n", "> ", "- ", "* ", "1. ", "\n", "\n\n",
        "    ", "\t", "<", ">", "<http://a.example>", "http://b.example/x", "javascript:alert(1)", "JaVaScRiPt:", "data:text/html,x",
        "&#106;", "&colon;", "\\", "|", " | ", "---", "# ", "===", "[r]: javascript:alert(2)\n", "[r]", "a@b.example", "\u0000",
        "\u001B]0;t\u0007", "\u0007", "\u202E", "\r", "\u2028", "\uFEFF", "word ", "Body words ", "é", "稀土",
    ];

    private static readonly string[] YamlPieces =
    [
        "[", "]", "{", "}", ",", ": ", "- ", "\n", "\n  ", "\n    ", "'", "\"", "#", "&a ", "*a", "!!str ", "? ", "|", ">", "\\e", "\\a", "\\0", "\\x01",
        "\\u202E", "%", "@", "`", "---", "...", "x", "true", "1e9", "~",
    ];

    [Fact]
    public void Random_markdown_and_yaml_never_crash_check_or_build()
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.TestsFolder, "Contract", "Cases", "_default.site.config.yml"), Path.Combine(site.Path, "site.config.yml"));
        var builder = SiteBuilder.Create();
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        for (; iterations < MaxIterations && clock.Elapsed < Budget; iterations++)
        {
            var random = new Random(Seed + iterations);
            WriteSite(site, random);
            var where = $"seed {Seed} + iteration {iterations}";
            BuildResult check, build;
            try
            {
                check = builder.Check(new BuildOptions(site.Path));
                (build, _) = builder.BuildInMemory(new BuildOptions(site.Path));
            }
            catch (Exception e)
            {
                Assert.Fail($"{where}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                throw;
            }
            Assert.DoesNotContain(check.Diagnostics.Concat(build.Diagnostics), d => d.Code == DiagnosticCodes.InternalError.Id);
            // A check that passes means a build that passes: nothing is found only when rendering.
            Assert.True(!check.Succeeded || build.Succeeded, $"{where}: check passed, build failed: {string.Join("\n", build.Diagnostics)}");
        }
        Assert.True(iterations >= 20, $"only {iterations} iterations ran in {Budget}");
    }

    private static void WriteSite(TempSite site, Random random)
    {
        var note = YamlString(random);
        site.Write("content/claims/c.md", $"---\nid: c\nstatement: {YamlString(random)}\n{RandomYamlKey(random)}---\n{Markdown(random)}\n");
        site.Write("content/sources/s.md", $"""
            ---
            id: s
            title: {YamlString(random)}
            language: en
            publisher: P
            kind: news
            bias:
              perspective: neutral
              summary: {YamlString(random)}
            claims:
              - claim: c
                quote: "Body words"
                stance: supports
                note: {note}
            {RandomYamlKey(random)}---
            Body words here.

            {Markdown(random)}

            """);
    }

    /// <summary>A double-quoted YAML scalar holding random Markdown (escaped for YAML), sometimes raw structure instead.</summary>
    private static string YamlString(Random random)
    {
        if (random.Next(4) == 0)
        {
            return Pieces(random, YamlPieces, 40);
        }
        var markdown = Markdown(random);
        var escaped = new StringBuilder("\"");
        foreach (var c in markdown)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u007F' or '\u2028' or '\u202E' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }

    private static string RandomYamlKey(Random random) =>
        random.Next(3) == 0 ? $"tags: {Pieces(random, YamlPieces, 60)}\n" : "";

    private static string Markdown(Random random) => Pieces(random, MarkdownPieces, 120);

    /// <summary>Random pieces; now and then one piece repeated thousands of times (deep nesting, long runs).</summary>
    private static string Pieces(Random random, string[] pieces, int count)
    {
        var text = new StringBuilder();
        var n = random.Next(1, count);
        for (var i = 0; i < n; i++)
        {
            var piece = pieces[random.Next(pieces.Length)];
            var repeat = random.Next(20) == 0 ? random.Next(1, 5000) : 1;
            for (var r = 0; r < repeat; r++)
            {
                text.Append(piece);
            }
        }
        return text.ToString();
    }
}
