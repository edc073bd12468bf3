using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Rea;

/// <summary>
/// Our trimmer (label <c>rea-trimmer</c>), replacing lunr's ASCII-only one, which turns "Café" into
/// "caf" and CJK or Cyrillic words into "". It strips punctuation and symbols at the edges in Unicode
/// terms (see <see cref="EdgeCharacters"/>) and drops tokens that end up empty, so "—" or "..."
/// no longer become an indexed empty term.
/// </summary>
internal sealed class UnicodeTrimmer : PipelineFunction
{
    public static readonly UnicodeTrimmer Instance = new();

    private UnicodeTrimmer()
        : base("rea-trimmer")
    {
    }

    public override void Run(LunrToken token, List<LunrToken> output)
    {
        var trimmed = EdgeCharacters.Trim(token.Text);
        if (trimmed.Length > 0)
        {
            output.Add(token.WithText(trimmed));
        }
    }
}
