namespace RareEarthArchive.Search.Lunr;

/// <summary>An ordered list of pipeline functions, run one function at a time over the whole token list (lunr.Pipeline#run).</summary>
public sealed class Pipeline
{
    public Pipeline(IEnumerable<PipelineFunction> functions)
    {
        Functions = [.. functions];
    }

    public IReadOnlyList<PipelineFunction> Functions { get; }

    /// <summary>The labels the index serializes as <c>"pipeline"</c>.</summary>
    public IEnumerable<string> Labels => Functions.Select(f => f.Label);

    public static Pipeline FromLabels(params string[] labels) => new(labels.Select(PipelineFunctionRegistry.Get));

    public List<LunrToken> Run(List<LunrToken> tokens)
    {
        foreach (var function in Functions)
        {
            var next = new List<LunrToken>(tokens.Count);
            foreach (var token in tokens)
            {
                function.Run(token, next);
            }

            tokens = next;
        }

        return tokens;
    }

    /// <summary>Runs a single query term, as lunr's <c>runString</c> does at search time.</summary>
    public IReadOnlyList<string> RunString(string term, string field = "") =>
        Run([new LunrToken(term, new LunrTokenMetadata(field))]).Select(t => t.Text).ToList();
}
