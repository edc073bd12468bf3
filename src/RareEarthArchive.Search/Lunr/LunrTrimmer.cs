namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// lunr's default trimmer (label <c>trimmer</c>): strips leading and trailing characters outside
/// [A-Za-z0-9_] per UTF-16 unit, i.e. JavaScript's non-Unicode \W. That removes every non-ASCII
/// character at a token's edges (Café becomes caf); .NET's \W would not, so it is done by hand.
/// A token trimmed to "" is kept and indexed as the empty term, exactly as lunr does.
/// </summary>
internal sealed class LunrTrimmer : PipelineFunction
{
    public static readonly LunrTrimmer Instance = new();

    private LunrTrimmer()
        : base("trimmer")
    {
    }

    public override void Run(LunrToken token, List<LunrToken> output) => output.Add(token.WithText(Trim(token.Text)));

    internal static string Trim(string s)
    {
        var start = 0;
        while (start < s.Length && !IsAsciiWordChar(s[start]))
        {
            start++;
        }

        var end = s.Length;
        while (end > start && !IsAsciiWordChar(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static bool IsAsciiWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
}
