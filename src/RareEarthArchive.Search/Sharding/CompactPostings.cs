using System.Globalization;
using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// One term of a shard, <c>[term, termIndex, field0, field1, …]</c> (fields in the index's order), in a form a few
/// times smaller than lunr's own and that gzip compresses well. lunr's posting of a term and the term's elements
/// of the field vectors name the same (field, document) pairs, the posting with empty metadata and the vector with
/// the score; so a field is written once, as the documents that hold the term and their scores:
/// <code>0                                  no document has the term in this field
/// [scores, gaps, indexes?, runs?]     scores: the distinct scores × 1000 (lunr rounds scores to 3 decimals),
///                                     most frequent first; the documents are runs of consecutive positions in
///                                     the index's document order (<see cref="DocumentRefRuns"/>) that share a
///                                     score: gaps[i] documents after the end of run i-1, runs[i] long (1 when
///                                     runs is absent), scored scores[indexes[i]] (scores[0] when indexes is
///                                     absent or 0).</code>
/// The loader (Browser/rea-lunr-shards.js) expands this back into lunr's posting and vector elements exactly.
/// </summary>
internal static class CompactPostings
{
    /// <summary>One field's (document position, score × 1000) pairs, positions ascending.</summary>
    public static void AppendField(StringBuilder sb, IReadOnlyList<(int Document, long Score)> pairs)
    {
        if (pairs.Count == 0)
        {
            sb.Append('0');
            return;
        }

        // Most frequent score first, so that the commonest index is 0 (one digit); ties by value, for determinism.
        var scores = pairs.GroupBy(p => p.Score).Select(g => (Score: g.Key, Count: g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Score).Select(s => s.Score).ToList();
        var indexOf = new Dictionary<long, int>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            indexOf[scores[i]] = i;
        }

        var gaps = new List<int>();
        var indexes = new List<int>();
        var runs = new List<int>();
        var end = 0;
        foreach (var (document, score) in pairs)
        {
            var index = indexOf[score];
            if (runs.Count > 0 && document == end && indexes[^1] == index)
            {
                runs[^1]++;
                end++;
                continue;
            }

            if (document < end)
            {
                throw new InvalidOperationException("Postings must be in the index's document order.");
            }

            gaps.Add(document - end);
            indexes.Add(index);
            runs.Add(1);
            end = document + 1;
        }

        var withRuns = runs.Any(r => r != 1);
        var withIndexes = scores.Count > 1;
        sb.Append('[');
        AppendNumbers(sb, scores);
        sb.Append(',');
        AppendNumbers(sb, gaps);
        if (withIndexes || withRuns)
        {
            sb.Append(',');
            if (withIndexes)
            {
                AppendNumbers(sb, indexes);
            }
            else
            {
                sb.Append('0');
            }
        }

        if (withRuns)
        {
            sb.Append(',');
            AppendNumbers(sb, runs);
        }

        sb.Append(']');
    }

    /// <summary>
    /// A vector element's score as the integer lunr rounded it to (<c>Math.round(score * 1000) / 1000</c>), which the
    /// loader divides by 1000 again: the same double, since both are the one IEEE quotient.
    /// </summary>
    public static long ScoreUnits(double score)
    {
        var units = Math.Round(score * 1000);
        if (units / 1000 != score || Math.Abs(units) > 1e15)
        {
            throw new InvalidOperationException($"Score {JsNumber.ToJsString(score)} is not one of lunr's 3-decimal scores.");
        }

        return (long)units;
    }

    private static void AppendNumbers<T>(StringBuilder sb, IReadOnlyList<T> numbers)
        where T : IFormattable
    {
        sb.Append('[');
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(numbers[i].ToString(null, CultureInfo.InvariantCulture));
        }

        sb.Append(']');
    }
}
