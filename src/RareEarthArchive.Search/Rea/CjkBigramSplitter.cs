using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Rea;

/// <summary>
/// Makes CJK text searchable (label <c>rea-cjk-bigram</c>). CJK writing has no spaces, so lunr's
/// tokenizer yields a whole sentence as one token. This splits a token into runs of CJK characters
/// and runs of anything else; each CJK run becomes its overlapping bigrams (稀土元素 → 稀土, 土元,
/// 元素), or a unigram when it is a single character. The other runs are trimmed like
/// <see cref="UnicodeTrimmer"/> and kept when non-empty, so "稀土metals" also yields "metals" for the
/// stop-word filter and stemmer that follow. Tokens without CJK characters pass through untouched.
/// Bigrams need no dictionary and work the same at query time: a query's bigrams are a subset of
/// the indexed text's bigrams whenever the query occurs in it.
/// </summary>
internal sealed class CjkBigramSplitter : PipelineFunction
{
    public static readonly CjkBigramSplitter Instance = new();

    private CjkBigramSplitter()
        : base("rea-cjk-bigram")
    {
    }

    public override void Run(LunrToken token, List<LunrToken> output)
    {
        var parts = Split(token.Text);
        if (parts is null)
        {
            output.Add(token);
            return;
        }

        foreach (var part in parts)
        {
            output.Add(token.WithText(part));
        }
    }

    /// <summary>The parts a token splits into, or null when it holds no CJK character.</summary>
    internal static List<string>? Split(string s)
    {
        List<string>? parts = null;
        var run = new List<string>();
        var other = new StringBuilder();
        var inRun = false;
        var i = 0;
        while (i < s.Length)
        {
            var (cp, units) = EdgeCharacters.CodePointAt(s, i);
            var text = s.Substring(i, units);
            i += units;
            if (CjkCharacters.IsCjk(cp))
            {
                parts ??= [];
                FlushOther(other, parts);
                run.Add(text);
                inRun = true;
            }
            else if (inRun && CjkCharacters.IsVariationSelector(cp))
            {
                // dropped: see CjkCharacters.IsVariationSelector
            }
            else
            {
                if (parts is not null)
                {
                    FlushRun(run, parts);
                }

                inRun = false;
                other.Append(text);
            }
        }

        if (parts is null)
        {
            return null;
        }

        FlushRun(run, parts);
        FlushOther(other, parts);
        return parts;
    }

    private static void FlushRun(List<string> run, List<string> parts)
    {
        if (run.Count == 1)
        {
            parts.Add(run[0]);
        }

        for (var j = 0; j + 1 < run.Count; j++)
        {
            parts.Add(run[j] + run[j + 1]);
        }

        run.Clear();
    }

    private static void FlushOther(StringBuilder other, List<string> parts)
    {
        if (other.Length == 0)
        {
            return;
        }

        var trimmed = EdgeCharacters.Trim(other.ToString());
        if (trimmed.Length > 0)
        {
            parts.Add(trimmed);
        }

        other.Clear();
    }
}
