namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// The pipelines an index is built and searched with. Only the search pipeline is serialized
/// (as labels); the browser runs it on every query term, so it must transform query terms the same
/// way the indexing pipeline transformed the document text.
/// </summary>
public sealed class LunrPipelineSet
{
    private LunrPipelineSet(string name, Pipeline indexing, Pipeline search, bool needsPipelineScript)
    {
        Name = name;
        Indexing = indexing;
        Search = search;
        NeedsPipelineScript = needsPipelineScript;
    }

    /// <summary>
    /// What <c>lunr(function () {...})</c> sets up: indexing trimmer, stopWordFilter, stemmer; search
    /// stemmer only. English-only: non-ASCII letters at word edges are stripped (Café → caf) and
    /// CJK, Greek or Cyrillic words become the empty term.
    /// </summary>
    public static LunrPipelineSet LunrDefault { get; } = new(
        "lunr",
        Pipeline.FromLabels("trimmer", "stopWordFilter", "stemmer"),
        Pipeline.FromLabels("stemmer"),
        needsPipelineScript: false);

    /// <summary>
    /// Our pipeline, for indexing and search: <c>rea-trimmer</c> (Unicode-aware edge trimming),
    /// <c>rea-cjk-bigram</c> (CJK runs to overlapping bigrams; when indexing, <c>rea-cjk-index</c>: the bigrams and
    /// each character, so a one-character query is an exact lookup), then lunr's own stopWordFilter and
    /// stemmer, which only ever change ASCII words. The browser must load
    /// <see cref="PipelineScript"/> (search/pipeline.js) before <c>lunr.Index.load</c>.
    /// </summary>
    public static LunrPipelineSet Rea { get; } = new(
        "rea",
        Pipeline.FromLabels("rea-trimmer", "rea-cjk-index", "stopWordFilter", "stemmer"),
        Pipeline.FromLabels(ReaLabels),
        needsPipelineScript: true);

    /// <summary>"lunr" or "rea".</summary>
    public string Name { get; }

    public Pipeline Indexing { get; }

    public Pipeline Search { get; }

    /// <summary>True when lunr.js needs our pipeline script (and <c>lunrConfigure(builder)</c>) to load or rebuild the index.</summary>
    public bool NeedsPipelineScript { get; }

    private static string[] ReaLabels => ["rea-trimmer", "rea-cjk-bigram", "stopWordFilter", "stemmer"];

    public override string ToString() => Name;
}
