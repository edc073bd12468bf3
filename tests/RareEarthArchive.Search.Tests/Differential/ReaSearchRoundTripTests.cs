using System.Text.Json.Nodes;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Differential;

/// <summary>
/// Proves the rea pipeline works where it matters: lunr.js loads an index our C# built and finds
/// Chinese, Japanese, Korean and accented words with its own query parser and our search pipeline.
/// </summary>
public sealed class ReaSearchRoundTripTests
{
    private static SearchDocumentSet Documents(LunrPipelineSet pipelines)
    {
        var set = new SearchDocumentSet("id", [new LunrField("title", 10), new LunrField("body")], pipelines);
        set.Add("rare-earths", new Dictionary<string, string?> { ["title"] = "稀土元素", ["body"] = "稀土（rare earth elements）は重要です。" });
        set.Add("cafe", new Dictionary<string, string?> { ["title"] = "Café culture", ["body"] = "Une crème brûlée au café, naïve façade." });
        set.Add("tokyo", new Dictionary<string, string?> { ["title"] = "東京タワー", ["body"] = "東京の観光。한국어 문서도 있습니다." });
        set.Add("plain", new Dictionary<string, string?> { ["title"] = "Running notes", ["body"] = "The runners were running; nothing else." }, boost: 2);
        return set;
    }

    [Fact]
    public void Lunr_js_finds_cjk_and_accented_words_in_our_index()
    {
        var index = Documents(LunrPipelineSet.Rea).BuildIndex().ToJson();
        string[] queries = ["稀土", "café", "Café", "稀土元素", "元素", "東京", "タワー", "한국어", "brûlée", "running", "run", "rare earth", "+稀土 +重要", "cafe", "the"];
        string[][] expected =
        [
            ["rare-earths"], ["cafe"], ["cafe"], ["rare-earths"], ["rare-earths"], ["tokyo"], ["tokyo"], ["tokyo"],
            ["cafe"], ["plain"], ["plain"], ["rare-earths"], ["rare-earths"], [], [],
        ];

        var results = NodeLunr.RunOne(new JsonObject
        {
            ["mode"] = "search",
            ["index"] = index,
            ["queries"] = new JsonArray([.. queries.Select(q => JsonValue.Create(q))]),
        }).GetProperty("results").EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal).ToArray()).ToArray();

        for (var i = 0; i < queries.Length; i++)
        {
            Assert.True(expected[i].SequenceEqual(results[i]), $"query '{queries[i]}': expected [{string.Join(",", expected[i])}], lunr.js returned [{string.Join(",", results[i])}]");
        }
    }

    [Fact]
    public void Default_lunr_pipeline_cannot_find_them_which_is_why_rea_exists()
    {
        var index = Documents(LunrPipelineSet.LunrDefault).BuildIndex().ToJson();
        var results = NodeLunr.RunOne(new JsonObject
        {
            ["mode"] = "search",
            ["index"] = index,
            ["queries"] = new JsonArray("稀土", "café"),
        }).GetProperty("results");
        Assert.All(results.EnumerateArray(), r => Assert.Equal(0, r.GetArrayLength()));
    }

    [Theory]
    [InlineData("rea")]
    [InlineData("lunr")]
    public void Documents_json_rebuilds_the_same_bytes_in_lunr_js(string pipeline)
    {
        var set = Documents(pipeline == "rea" ? LunrPipelineSet.Rea : LunrPipelineSet.LunrDefault);
        var documentsJson = set.ToDocumentsJson();

        var rebuilt = NodeLunr.RunOne(new JsonObject { ["mode"] = "documents", ["documentsJson"] = documentsJson }).GetProperty("json").GetString();

        Assert.Equal(rebuilt, set.BuildIndex().ToJson());
        Assert.Equal(pipeline == "rea", documentsJson.Contains("\"pipelineScript\":\"search/pipeline.js\",\"configure\":true}", StringComparison.Ordinal));
    }
}
