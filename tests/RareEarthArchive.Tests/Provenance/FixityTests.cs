using System.Diagnostics;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Provenance;
using RareEarthArchive.Core.Yaml;
using RareEarthArchive.Tests.Building;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Provenance;

public sealed class FixityTests(RealArchiveBuild build) : IClassFixture<RealArchiveBuild>
{
    [Fact]
    public void The_hash_is_the_sha256_of_the_body_as_utf8()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Fixity.Sha256("abc"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Fixity.Sha256(""));
    }

    [Fact]
    public void A_file_saved_with_a_bom_and_crlf_has_the_hash_of_its_lf_form()
    {
        var lf = "---\nid: x\n---\nFirst line.\n\nSecond — line.\n"u8.ToArray();
        var crlf = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("---\r\nid: x\r\n---\r\nFirst line.\r\n\r\nSecond — line.\r\n"u8.ToArray()).ToArray();

        Assert.Equal(BodyHash(lf), BodyHash(crlf));
        Assert.Equal(Fixity.Sha256("First line.\n\nSecond — line.\n"), BodyHash(lf));
    }

    [Fact]
    public void Every_source_page_shows_the_hash_that_its_own_command_line_recomputes_with_sha256sum()
    {
        foreach (var source in build.Model.Sources)
        {
            var page = build.Site.Page($"sources/{source.Id}/index.html");
            var shown = page.QuerySelector(".provenance .fixity code.sha256")!.TextContent;
            var command = page.QuerySelector(".provenance .fixity code.fixity-command")!.TextContent;

            Assert.Equal(source.Validated.Sha256, shown);
            Assert.Matches("^[0-9a-f]{64}$", shown);
            Assert.Equal($"tail -n +{source.Source.Text.FirstLine} content/sources/{source.Id}.md | sha256sum", command);
            Assert.Equal(shown + "  -", Shell(command, RepoPaths.Root));
        }
    }

    private static string BodyHash(byte[] file)
    {
        var text = TextFile.Decode(file, "x.md", new DiagnosticBag())!;
        return Fixity.Sha256(FrontMatter.Split(text)!.Body);
    }

    private static string Shell(string command, string directory)
    {
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = directory, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
