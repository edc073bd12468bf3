using System.Globalization;
using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// A lunr index cut into term ranges (docs/search.md, "The sharded index"). lunr scores a document by the dot
/// product of the query vector with each field vector over the query's own terms, and the field vectors' weights
/// were fixed when the whole index was built; so an index made of the shards that hold a query's terms gives
/// exactly the full index's results and scores. Each shard holds its terms in the compact form of
/// <see cref="CompactPostings"/>; merging every shard, with the refs of <see cref="RefsJson"/>, gives the bytes of
/// <c>JSON.stringify</c> of the whole index (tested against lunr.js).
/// </summary>
public sealed class LunrShardSet
{
    private LunrShardSet(IReadOnlyList<LunrShard> shards, string termsJson, string refsJson)
    {
        Shards = shards;
        TermsJson = termsJson;
        RefsJson = refsJson;
    }

    /// <summary>Consecutive term ranges, ascending.</summary>
    public IReadOnlyList<LunrShard> Shards { get; }

    /// <summary>Every term, ascending, as a JSON array: what a leading-wildcard or fuzzy query expands against.</summary>
    public string TermsJson { get; }

    /// <summary>The document refs in the index's order as <see cref="DocumentRefRuns"/>: shards name documents by position in it.</summary>
    public string RefsJson { get; }

    /// <summary>
    /// Cuts <paramref name="index"/> into ranges of about <paramref name="targetBytes"/> of compact JSON each (a term
    /// larger than the target gets a shard of its own). Deterministic: the same index and target give the same shards.
    /// The index must have no metadata whitelist (the compact form carries none).
    /// </summary>
    public static LunrShardSet Split(LunrIndex index, int targetBytes)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBytes, 1);
        var fields = index.Fields;
        var vectors = index.FieldVectors;
        var refs = DocumentRefs(index);
        var position = new Dictionary<string, int>(refs.Count, StringComparer.Ordinal);
        for (var d = 0; d < refs.Count; d++)
        {
            position.Add(refs[d], d);
        }

        var shards = new List<LunrShard>();
        var utf8 = new UTF8Encoding(false);
        var shard = new StringBuilder(targetBytes + 1024);
        var term = new StringBuilder(4096);
        var pairs = new List<(int Document, long Score)>();
        var (from, count) = (0, 0);
        var terms = index.SortedTerms;
        void Close(int to)
        {
            shard.Append("]}");
            shards.Add(new LunrShard(terms[from].Key, terms[to - 1].Key, to - from, utf8.GetBytes(shard.ToString())));
            shard.Clear();
            (from, count) = (to, 0);
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var (key, posting) = (terms[i].Key, terms[i].Value);
            term.Clear().Append('[');
            JsText.AppendJsonString(term, key);
            term.Append(',').Append(posting.TermIndex.ToString(CultureInfo.InvariantCulture));
            for (var f = 0; f < fields.Count; f++)
            {
                var entries = posting.Fields[f];
                pairs.Clear();
                if (entries.HasMetadata)
                {
                    throw new InvalidOperationException("The compact shard form carries no metadata: build the index without a metadata whitelist.");
                }

                foreach (var docRef in entries.Refs)
                {
                    var d = position[docRef];
                    pairs.Add((d, CompactPostings.ScoreUnits(ScoreOf(vectors[(d * fields.Count) + f], posting.TermIndex))));
                }

                term.Append(',');
                CompactPostings.AppendField(term, pairs);
            }

            term.Append(']');
            if (count > 0 && shard.Length + term.Length > targetBytes)
            {
                Close(i);
            }

            shard.Append(count++ == 0 ? "{\"t\":[" : ",").Append(term);
        }

        if (count > 0 || shards.Count == 0)
        {
            if (count == 0)
            {
                shard.Append("{\"t\":[");
                shards.Add(new LunrShard("", "", 0, utf8.GetBytes(shard.Append("]}").ToString())));
            }
            else
            {
                Close(terms.Count);
            }
        }

        return new LunrShardSet(shards, StringArray(terms.Select(t => t.Key)), DocumentRefRuns.ToJson(refs));
    }

    /// <summary>A term's score in a field vector (its elements ascend by term index).</summary>
    private static double ScoreOf(FieldVector vector, int termIndex)
    {
        var elements = vector.Elements;
        var (lo, hi) = (0, elements.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var at = elements[mid].TermIndex;
            if (at == termIndex)
            {
                return elements[mid].Score;
            }

            (lo, hi) = at < termIndex ? (mid + 1, hi) : (lo, mid - 1);
        }

        throw new InvalidOperationException($"Field vector {vector.FieldRef} has no element for term index {termIndex} of its posting.");
    }

    /// <summary>
    /// The document refs in the index's order. lunr makes a vector for every field of every document, so the vectors
    /// come in groups of one per field, in the index's field order; a shard finds a (document, field) vector by position.
    /// </summary>
    private static List<string> DocumentRefs(LunrIndex index)
    {
        var fields = index.Fields;
        var vectors = index.FieldVectors;
        if (fields.Count == 0 || vectors.Count % fields.Count != 0)
        {
            throw new InvalidOperationException("Every document must have one vector per field.");
        }

        var refs = new List<string>(vectors.Count / fields.Count);
        for (var v = 0; v < vectors.Count; v += fields.Count)
        {
            // Field names never contain '/' (lunr refuses them), so the ref is everything after the first one.
            var fieldRef = vectors[v].FieldRef;
            var docRef = fieldRef[(fieldRef.IndexOf('/', StringComparison.Ordinal) + 1)..];
            for (var f = 0; f < fields.Count; f++)
            {
                var expected = vectors[v + f].FieldRef;
                if (expected.Length != fields[f].Length + 1 + docRef.Length || !expected.StartsWith(fields[f], StringComparison.Ordinal) || !expected.EndsWith(docRef, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Field vector {expected} is out of the order document × field ({fields[f]}/{docRef} expected).");
                }
            }

            refs.Add(docRef);
        }

        return refs;
    }

    private static string StringArray(IEnumerable<string> values)
    {
        var sb = new StringBuilder(1024);
        sb.Append('[');
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                sb.Append(',');
            }

            JsText.AppendJsonString(sb, value);
            first = false;
        }

        return sb.Append(']').ToString();
    }
}
