namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// One step of a lunr pipeline, known to lunr.js by its registered label
/// (<c>lunr.Pipeline.registerFunction(fn, label)</c>). The label is what the index serializes,
/// so the browser must have a function registered under the same label.
/// </summary>
public abstract class PipelineFunction
{
    protected PipelineFunction(string label)
    {
        Label = label;
    }

    public string Label { get; }

    /// <summary>
    /// Processes one token, appending zero tokens (drop it), one, or several (split it) to
    /// <paramref name="output"/>, like a lunr function returning undefined, a token or an array.
    /// </summary>
    public abstract void Run(LunrToken token, List<LunrToken> output);

    public override string ToString() => Label;
}
