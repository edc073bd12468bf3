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
/// <para>
/// Indexing uses <see cref="IndexInstance"/> (label <c>rea-cjk-index</c>), which also indexes every character of a
/// longer run as a unigram, so that a one-character query (钨, 锑) finds every text that contains the character
/// with an exact term lookup, not a wildcard scan of the term list. Queries use <see cref="Instance"/>: a query of
/// two or more characters looks up its bigrams only, which keeps its precision.
/// </para>
/// </summary>
internal sealed class CjkBigramSplitter : PipelineFunction
{
    public static readonly CjkBigramSplitter Instance = new("rea-cjk-bigram", unigrams: false);

    public static readonly CjkBigramSplitter IndexInstance = new("rea-cjk-index", unigrams: true);

    private readonly bool _unigrams;

    private CjkBigramSplitter(string label, bool unigrams)
        : base(label)
    {
        _unigrams = unigrams;
    }

    public override void Run(LunrToken token, List<LunrToken> output)
    {
        var parts = Split(token.Text, _unigrams);
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
    internal static List<string>? Split(string s, bool unigrams = false)
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
                    FlushRun(run, parts, unigrams);
                }

                inRun = false;
                other.Append(text);
            }
        }

        if (parts is null)
        {
            return null;
        }

        FlushRun(run, parts, unigrams);
        FlushOther(other, parts);
        return parts;
    }

    private static void FlushRun(List<string> run, List<string> parts, bool unigrams)
    {
        if (run.Count == 1)
        {
            parts.Add(run[0]);
        }

        for (var j = 0; j + 1 < run.Count; j++)
        {
            parts.Add(run[j] + run[j + 1]);
        }

        // After the bigrams, each character of a longer run (a run of one already gave its unigram).
        for (var j = 0; unigrams && run.Count > 1 && j < run.Count; j++)
        {
            parts.Add(run[j]);
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
