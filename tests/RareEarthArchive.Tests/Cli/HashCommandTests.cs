using System.Text.RegularExpressions;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.CliCommands;

public sealed partial class HashCommandTests
{
    [Fact]
    public void Prints_the_hash_that_each_seed_source_pins()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", "sources"), "*.md");
        Assert.NotEmpty(sources);
        foreach (var file in sources)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var pin = PinLine().Match(File.ReadAllText(file));
            Assert.True(pin.Success, $"{id} has no archive.sha256 pin");

            var run = Rea.Invoke("hash", id, RepoPaths.Root);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(pin.Groups[1].Value, run.Out.Trim());
            Assert.Contains("sha256sum", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_source_is_a_content_error_and_no_id_a_usage_error()
    {
        var missing = Rea.Invoke("hash", "no-such-source", RepoPaths.Root);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("there is no source 'no-such-source'", missing.Error, StringComparison.Ordinal);
        Assert.Equal("", missing.Out);

        Assert.Equal(2, Rea.Invoke("hash").ExitCode);
    }

    [GeneratedRegex(@"^\s+sha256:\s*""?([0-9a-f]{64})""?\s*$", RegexOptions.Multiline)]
    private static partial Regex PinLine();
}
