namespace RareEarthArchive.Search.Lunr;

/// <summary>lunr's English stop-word filter (label <c>stopWordFilter</c>): drops tokens equal to one of its 119 words.</summary>
internal sealed class StopWordFilter : PipelineFunction
{
    public static readonly StopWordFilter Instance = new();

    private static readonly HashSet<string> Words = new(
        """
        a able about across after all almost also am among an and any are as at be because been but by can
        cannot could dear did do does either else ever every for from get got had has have he her hers him his
        how however i if in into is it its just least let like likely may me might most must my neither no nor
        not of off often on only or other our own rather said say says she should since so some than that the
        their them then there these they this tis to too twas us wants was we were what when where which while
        who whom why will with would yet you your
        """.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private StopWordFilter()
        : base("stopWordFilter")
    {
    }

    public static bool IsStopWord(string term) => Words.Contains(term);

    public override void Run(LunrToken token, List<LunrToken> output)
    {
        if (!Words.Contains(token.Text))
        {
            output.Add(token);
        }
    }
}
