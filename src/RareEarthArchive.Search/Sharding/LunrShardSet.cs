using System.Globalization;
using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search.Sharding;

/// <summary>
/// A lunr index cut into term ranges (docs/search.md, "Sharded index"). lunr scores a document by the dot product
/// of the query vector with each field vector over the query's own terms, and the field vectors' weights were fixed
/// when the whole index was built; so an index made of the shards that hold a query's terms gives exactly the full
/// index's results and scores. Merging every shard, with <see cref="RefsJson"/> for the field vectors' order, gives
/// the bytes of <c>JSON.stringify</c> of the whole index (tested against lunr.js).
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

    /// <summary>Every document ref in the index's order, as a JSON array: what a query of only negated terms needs.</summary>
    public string RefsJson { get; }

    /// <summary>
    /// Cuts <paramref name="index"/> into ranges of about <paramref name="targetBytes"/> of JSON each (a term larger
    /// than the target gets a shard of its own). Deterministic: the same index and target give the same shards.
    /// </summary>
    public static LunrShardSet Split(LunrIndex index, int targetBytes)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBytes, 1);
        var terms = index.SortedTerms;
        var postingKeys = JsPropertyOrder.Order([LunrIndexJsonWriter.InvertedIndexKey, .. index.Fields]);

        // Pass 1: each term's posting JSON, and a shard number per term from its posting and vector element sizes.
        var postings = new string[terms.Count];
        var shardOfTermIndex = new int[terms.Count];
        var bounds = new List<(int From, int To)>();
        var start = 0;
        long size = 0;
        var sb = new StringBuilder(256);
        for (var i = 0; i < terms.Count; i++)
        {
            sb.Clear();
            LunrIndexJsonWriter.AppendPosting(sb, terms[i].Value, postingKeys, index.Fields);
            postings[i] = sb.ToString();
            // A vector element costs about 24 characters (term index, score, comma) plus its share of a field ref.
            var termSize = terms[i].Key.Length + postings[i].Length + (terms[i].Value.DocumentFieldCount * 30L);
            if (i > start && size + termSize > targetBytes)
            {
                bounds.Add((start, i));
                start = i;
                size = 0;
            }

            size += termSize;
            shardOfTermIndex[terms[i].Value.TermIndex] = bounds.Count;
        }

        if (terms.Count > start || bounds.Count == 0)
        {
            bounds.Add((start, terms.Count));
        }

        // Pass 2: each field vector's elements go to the shard of their term, vectors kept in index order.
        var vectorParts = new StringBuilder[bounds.Count];
        var vectorCounts = new int[bounds.Count];
        var slice = new List<(int Shard, int TermIndex, double Score)>();
        for (var s = 0; s < bounds.Count; s++)
        {
            vectorParts[s] = new StringBuilder(targetBytes);
        }

        foreach (var vector in index.FieldVectors)
        {
            var previousShard = -1;
            foreach (var (termIndex, score) in vector.Elements.OrderBy(e => shardOfTermIndex[e.TermIndex]).ThenBy(e => e.TermIndex))
            {
                var shard = shardOfTermIndex[termIndex];
                var part = vectorParts[shard];
                if (shard != previousShard)
                {
                    if (previousShard >= 0)
                    {
                        vectorParts[previousShard].Append("]]");
                    }

                    part.Append(vectorCounts[shard]++ > 0 ? ",[" : "[");
                    JsText.AppendJsonString(part, vector.FieldRef);
                    part.Append(",[");
                    previousShard = shard;
                }
                else
                {
                    part.Append(',');
                }

                part.Append(termIndex.ToString(CultureInfo.InvariantCulture)).Append(',').Append(JsNumber.ToJson(score));
            }

            if (previousShard >= 0)
            {
                vectorParts[previousShard].Append("]]");
            }
        }

        var shards = new List<LunrShard>(bounds.Count);
        for (var s = 0; s < bounds.Count; s++)
        {
            var (from, to) = bounds[s];
            var json = new StringBuilder(vectorParts[s].Length + 64);
            json.Append("{\"terms\":[");
            for (var i = from; i < to; i++)
            {
                json.Append(i > from ? ",[" : "[");
                JsText.AppendJsonString(json, terms[i].Key);
                json.Append(',').Append(postings[i]).Append(']');
            }

            json.Append("],\"vectors\":[").Append(vectorParts[s]).Append("]}");
            shards.Add(new LunrShard(from < to ? terms[from].Key : "", from < to ? terms[to - 1].Key : "", to - from, json.ToString()));
        }

        return new LunrShardSet(shards, StringArray(terms.Select(t => t.Key)), StringArray(DocumentRefs(index)));
    }

    /// <summary>The document refs in the order of the field vectors (every document has a vector for every field).</summary>
    private static IEnumerable<string> DocumentRefs(LunrIndex index)
    {
        string? last = null;
        foreach (var vector in index.FieldVectors)
        {
            // Field names never contain '/' (lunr refuses them), so the ref is everything after the first one.
            var docRef = vector.FieldRef[(vector.FieldRef.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (!string.Equals(docRef, last, StringComparison.Ordinal))
            {
                yield return docRef;
                last = docRef;
            }
        }
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
