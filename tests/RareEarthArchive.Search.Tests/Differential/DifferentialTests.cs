using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RareEarthArchive.Search.Tests.Differential;

/// <summary>
/// Random builds from a fixed seed, built by our C# builder and by real lunr.js 2.3.9 under Node;
/// the JSON must be identical byte for byte, for lunr's default pipeline and for ours.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const int Seed = 20240611;
    private const int BuildsPerPipeline = 250;

    [Fact]
    public void Random_builds_match_lunr_js_byte_for_byte()
    {
        var generator = new RandomSpecGenerator(Seed);
        var specs = new List<JsonNode>();
        for (var i = 0; i < BuildsPerPipeline; i++)
        {
            specs.Add(generator.Next(rea: false));
            specs.Add(generator.Next(rea: true));
        }

        var clock = Stopwatch.StartNew();
        var expected = NodeLunr.Run(specs);
        var nodeTime = clock.Elapsed;
        clock.Restart();
        var mismatches = new List<string>();
        for (var i = 0; i < specs.Count; i++)
        {
            var specJson = specs[i].ToJsonString();
            var actual = BuildSpec.BuildWithCSharp(specJson);
            var wanted = expected[i].GetProperty("json").GetString();
            if (!string.Equals(actual, wanted, StringComparison.Ordinal))
            {
                mismatches.Add($"spec {i}: {specJson}\n  lunr.js: {wanted}\n  C#:      {actual}");
            }
        }

        // Guard against a vacuous pass: the random text must reach the interesting terms.
        var reaOutputs = string.Concat(Enumerable.Range(0, specs.Count).Where(i => i % 2 == 1).Select(i => expected[i].GetProperty("json").GetString()));
        var lunrOutputs = string.Concat(Enumerable.Range(0, specs.Count).Where(i => i % 2 == 0).Select(i => expected[i].GetProperty("json").GetString()));
        Assert.Contains("[\"稀土\",", reaOutputs, StringComparison.Ordinal);
        Assert.Contains("[\"café\",", reaOutputs, StringComparison.Ordinal);
        Assert.Contains("[\"𠀀𠀁\",", reaOutputs, StringComparison.Ordinal);
        Assert.Contains("[\"\",", lunrOutputs, StringComparison.Ordinal);
        Assert.Contains("\"position\":[[", lunrOutputs, StringComparison.Ordinal);

        output.WriteLine($"{specs.Count} builds ({BuildsPerPipeline} lunr default, {BuildsPerPipeline} rea); node {nodeTime.TotalMilliseconds:F0} ms, C# {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {specs.Count} builds differ:\n" + string.Join("\n", mismatches.Take(3)));
    }
}
