namespace RareEarthArchive.Search.Lunr;

/// <summary>lunr's stemmer as a pipeline function (label <c>stemmer</c>).</summary>
internal sealed class PorterStemmerFunction : PipelineFunction
{
    public static readonly PorterStemmerFunction Instance = new();

    private PorterStemmerFunction()
        : base("stemmer")
    {
    }

    public override void Run(LunrToken token, List<LunrToken> output) => output.Add(token.WithText(PorterStemmer.Stem(token.Text)));
}
