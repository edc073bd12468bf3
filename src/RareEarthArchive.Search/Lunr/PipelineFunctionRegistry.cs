using RareEarthArchive.Search.Rea;

namespace RareEarthArchive.Search.Lunr;

/// <summary>Every pipeline function this builder knows, by the label lunr.js knows it by.</summary>
public static class PipelineFunctionRegistry
{
    private static readonly Dictionary<string, PipelineFunction> Functions = new PipelineFunction[]
    {
        LunrTrimmer.Instance,
        StopWordFilter.Instance,
        PorterStemmerFunction.Instance,
        UnicodeTrimmer.Instance,
        CjkBigramSplitter.Instance,
        CjkBigramSplitter.IndexInstance,
    }.ToDictionary(f => f.Label, StringComparer.Ordinal);

    public static IEnumerable<string> Labels => Functions.Keys.Order(StringComparer.Ordinal);

    /// <summary>The function registered under <paramref name="label"/>; throws like lunr's Pipeline.load for unknown labels.</summary>
    public static PipelineFunction Get(string label) =>
        Functions.TryGetValue(label, out var function)
            ? function
            : throw new ArgumentException($"Cannot load unregistered function: {label}", nameof(label));
}
