using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RareEarthArchive.Search.Tests;

/// <summary>
/// Runs Differential/build-lunr.js under Node with the repo's node_modules/lunr (2.3.9) and our
/// embedded pipeline script. One Node process per batch of requests.
/// </summary>
internal static class NodeLunr
{
    private const string NodeExecutable = "node";

    public static IReadOnlyList<JsonElement> Run(IReadOnlyList<JsonNode> requests)
    {
        var lunrPackage = Path.Combine(RepoRoot.Path, "node_modules", "lunr", "package.json");
        if (!File.Exists(lunrPackage))
        {
            Assert.Fail($"lunr.js is not installed: {lunrPackage} is missing. Run `npm ci` in {RepoRoot.Path} (package.json pins lunr 2.3.9).");
        }

        var work = Directory.CreateTempSubdirectory("rea-lunr-");
        try
        {
            // The script under test is the embedded resource the site will ship, not the source file.
            var script = Path.Combine(work.FullName, "pipeline.js");
            File.WriteAllText(script, PipelineScript.ReadText(), new UTF8Encoding(false));
            var requestsFile = Path.Combine(work.FullName, "requests.json");
            var resultsFile = Path.Combine(work.FullName, "results.json");
            File.WriteAllText(requestsFile, new JsonArray([.. requests.Select(r => r.DeepClone())]).ToJsonString(), new UTF8Encoding(false));

            var harness = Path.Combine(AppContext.BaseDirectory, "Differential", "build-lunr.js");
            var start = new ProcessStartInfo(NodeExecutable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { harness, RepoRoot.Path, script, requestsFile, resultsFile })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill();
                Assert.Fail("node timed out");
            }

            Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
            using var doc = JsonDocument.Parse(File.ReadAllBytes(resultsFile));
            var results = doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
            foreach (var r in results)
            {
                if (r.TryGetProperty("error", out var error))
                {
                    Assert.Fail("lunr.js: " + error.GetString());
                }
            }

            return results;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static JsonElement RunOne(JsonNode request) => Run([request])[0];
}
