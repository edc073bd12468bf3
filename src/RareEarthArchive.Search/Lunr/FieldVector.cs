namespace RareEarthArchive.Search.Lunr;

/// <summary>One document field's vector: (term index, score) pairs ascending by term index, lunr's <c>lunr.Vector</c>.</summary>
internal sealed class FieldVector
{
    public FieldVector(string fieldRef, IReadOnlyList<(int TermIndex, double Score)> elements)
    {
        FieldRef = fieldRef;
        Elements = elements;
    }

    /// <summary>"field/ref".</summary>
    public string FieldRef { get; }

    public IReadOnlyList<(int TermIndex, double Score)> Elements { get; }
}
