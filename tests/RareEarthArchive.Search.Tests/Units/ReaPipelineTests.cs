using RareEarthArchive.Search.Lunr;
using RareEarthArchive.Search.Rea;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class ReaPipelineTests
{
    private static string[] Index(string text) =>
        LunrPipelineSet.Rea.Indexing.Run(LunrTokenizer.Tokenize(text, "f")).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("café", "café")]
    [InlineData("«über»", "über")]
    [InlineData("\"naïve\",", "naïve")]
    [InlineData("_under_", "under")]
    [InlineData("cafe\u0301.", "cafe\u0301")] // a trailing combining mark belongs to its letter
    [InlineData("🔥fire🔥", "fire")]
    [InlineData("c++", "c")]
    [InlineData("москва!", "москва")]
    public void Trims_punctuation_and_symbols_not_letters(string token, string expected) => Assert.Equal(expected, EdgeCharacters.Trim(token));

    [Theory]
    [InlineData("稀土元素", new[] { "稀土", "土元", "元素", "稀", "土", "元", "素" })]
    [InlineData("稀土", new[] { "稀土", "稀", "土" })]
    [InlineData("土", new[] { "土" })]
    [InlineData("稀土metals", new[] { "稀土", "稀", "土", "metal" })]
    [InlineData("（稀土）は", new[] { "稀土", "稀", "土", "は" })]
    [InlineData("2024年", new[] { "2024", "年" })]
    [InlineData("中・日", new[] { "中", "日" })]
    [InlineData("𠀀𠀁𠀂", new[] { "𠀀𠀁", "𠀁𠀂", "𠀀", "𠀁", "𠀂" })]
    [InlineData("葛\U000E0100城", new[] { "葛城", "葛", "城" })]
    [InlineData("한국어를 the running", new[] { "한국", "국어", "어를", "한", "국", "어", "를", "run" })]
    [InlineData("... — Café!", new[] { "café" })]
    public void Indexes_cjk_as_bigrams_and_characters_and_keeps_english_stemming(string text, string[] expected) => Assert.Equal(expected, Index(text));

    [Fact]
    public void Search_pipeline_turns_a_query_into_the_same_terms()
    {
        Assert.Equal(["稀土", "土元", "元素"], LunrPipelineSet.Rea.Search.RunString("稀土元素"));
        // One character is one term, which the index holds for every text containing it (issue 9: 钨, 锑).
        Assert.Equal(["钨"], LunrPipelineSet.Rea.Search.RunString("钨"));
        Assert.Contains("钨", Index("中国限制钨和锑的出口"));
        Assert.Contains("锑", Index("中国限制钨和锑的出口"));
        Assert.Equal(["café"], LunrPipelineSet.Rea.Search.RunString("café,"));
        Assert.Empty(LunrPipelineSet.Rea.Search.RunString("the"));
    }

    [Fact]
    public void Serializes_our_labels()
    {
        var builder = new LunrIndexBuilder("id", [new LunrField("t")], LunrPipelineSet.Rea);
        builder.Add(new Dictionary<string, LunrValue> { ["id"] = "1", ["t"] = "稀土" });
        Assert.Equal(
            """{"version":"2.3.9","fields":["t"],"fieldVectors":[["t/1",[0,0.288,1,0.288,2,0.288]]],"invertedIndex":[["土",{"_index":2,"t":{"1":{}}}],["稀",{"_index":1,"t":{"1":{}}}],["稀土",{"_index":0,"t":{"1":{}}}]],"pipeline":["rea-trimmer","rea-cjk-bigram","stopWordFilter","stemmer"]}""",
            builder.Build().ToJson());
    }

    [Fact]
    public void Pipeline_script_is_embedded_under_its_logical_name()
    {
        Assert.Contains(PipelineScript.ResourceName, typeof(PipelineScript).Assembly.GetManifestResourceNames());
        var script = PipelineScript.ReadText();
        Assert.Contains("registerFunction(reaTrimmer, 'rea-trimmer')", script, StringComparison.Ordinal);
        Assert.Contains("registerFunction(reaCjkBigram, 'rea-cjk-bigram')", script, StringComparison.Ordinal);
        Assert.Contains("root.lunrConfigure = function (builder)", script, StringComparison.Ordinal);
        Assert.Equal("search/pipeline.js", PipelineScript.SitePath);
    }
}
