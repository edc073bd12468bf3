namespace RareEarthArchive.Search.Lunr;

/// <summary>A built index, ready to serialize in exactly lunr.js 2.3.9's <c>JSON.stringify(idx)</c> form.</summary>
public sealed class LunrIndex
{
    internal LunrIndex(
        IReadOnlyList<string> fields,
        IReadOnlyList<FieldVector> fieldVectors,
        IReadOnlyList<KeyValuePair<string, InvertedIndexPosting>> sortedTerms,
        IReadOnlyList<string> pipelineLabels)
    {
        Fields = fields;
        FieldVectors = fieldVectors;
        SortedTerms = sortedTerms;
        PipelineLabels = pipelineLabels;
    }

    /// <summary>Field names in lunr's (JavaScript property) order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The search pipeline's labels, serialized as <c>"pipeline"</c>.</summary>
    public IReadOnlyList<string> PipelineLabels { get; }

    /// <summary>All indexed terms in lunr's order (UTF-16 ordinal).</summary>
    public IEnumerable<string> Terms => SortedTerms.Select(t => t.Key);

    internal IReadOnlyList<FieldVector> FieldVectors { get; }

    internal IReadOnlyList<KeyValuePair<string, InvertedIndexPosting>> SortedTerms { get; }

    /// <summary>The index JSON, byte-identical to lunr.js: one line, no trailing newline. Write it as UTF-8 without BOM.</summary>
    public string ToJson() => LunrIndexJsonWriter.Write(this);
}
