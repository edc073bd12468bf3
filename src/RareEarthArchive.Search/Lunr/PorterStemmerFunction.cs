namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// lunr's stemmer as a pipeline function (label <c>stemmer</c>), with a per-thread cache of stems: the stemmer is a
/// pure function run once per indexed token, and an archive repeats a few thousand words millions of times (the
/// regular expressions were most of the index build). Bounded, so hostile text with millions of distinct words
/// costs at most <see cref="CacheLimit"/> entries per thread.
/// </summary>
internal sealed class PorterStemmerFunction : PipelineFunction
{
    public static readonly PorterStemmerFunction Instance = new();

    /// <summary>Entries kept per thread before the cache starts over.</summary>
    internal const int CacheLimit = 1 << 16;

    [ThreadStatic]
    private static Dictionary<string, string>? t_stems;

    private PorterStemmerFunction()
        : base("stemmer")
    {
    }

    public override void Run(LunrToken token, List<LunrToken> output) => output.Add(token.WithText(Stem(token.Text)));

    internal static string Stem(string word)
    {
        var stems = t_stems ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = PorterStemmer.Stem(word);
        if (stems.Count >= CacheLimit)
        {
            stems.Clear();
        }

        stems.Add(word, stem);
        return stem;
    }
}
