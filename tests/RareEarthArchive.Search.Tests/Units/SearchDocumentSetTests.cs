using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Tests.Units;

public sealed class SearchDocumentSetTests
{
    [Fact]
    public void Writes_documents_json_in_the_agreed_shape()
    {
        var set = new SearchDocumentSet("url", [new LunrField("title", 10), new LunrField("body")], LunrPipelineSet.Rea);
        set.Add("/a/", new Dictionary<string, string?> { ["title"] = "Café \"稀土\"", ["body"] = null }, boost: 2);
        set.Add("/b/", new Dictionary<string, string?> { ["body"] = "x" });

        Assert.Equal(
            """{"ref":"url","fields":[{"name":"title","boost":10},{"name":"body","boost":1}],"documents":[{"doc":{"url":"/a/","title":"Café \"稀土\"","body":""},"attributes":{"boost":2}},{"doc":{"url":"/b/","title":"","body":"x"},"attributes":{"boost":1}}],"pipelineScript":"search/pipeline.js","configure":true}""",
            set.ToDocumentsJson());
    }

    [Fact]
    public void Default_pipeline_has_no_script_entries()
    {
        var set = new SearchDocumentSet("id", [new LunrField("t")], LunrPipelineSet.LunrDefault);
        set.Add("1", new Dictionary<string, string?> { ["t"] = "x" });
        Assert.Equal("""{"ref":"id","fields":[{"name":"t","boost":1}],"documents":[{"doc":{"id":"1","t":"x"},"attributes":{"boost":1}}]}""", set.ToDocumentsJson());
    }

    [Fact]
    public void Rejects_what_lunr_would_silently_mangle()
    {
        var set = new SearchDocumentSet("id", [new LunrField("t")], LunrPipelineSet.LunrDefault);
        set.Add("1", new Dictionary<string, string?>());
        Assert.Throws<ArgumentException>(() => set.Add("1", new Dictionary<string, string?>()));
        Assert.Throws<ArgumentException>(() => set.Add("2", new Dictionary<string, string?> { ["nope"] = "x" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add("3", new Dictionary<string, string?>(), double.NaN));
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder("id", [new LunrField("a/b")]));
    }
}
