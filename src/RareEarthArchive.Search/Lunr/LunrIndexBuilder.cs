namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// Builds a lunr.js 2.3.9 index whose <see cref="LunrIndex.ToJson"/> is byte-identical to what
/// lunr.js writes for the same configuration and documents:
/// <code>
/// var builder = new LunrIndexBuilder("id", [new LunrField("title", 10), new LunrField("body")], LunrPipelineSet.Rea);
/// builder.Add(new Dictionary&lt;string, LunrValue&gt; { ["id"] = "a", ["title"] = "Café", ["body"] = "稀土" });
/// string json = builder.Build().ToJson();
/// </code>
/// Not thread-safe; one builder builds one index.
/// </summary>
public sealed class LunrIndexBuilder
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "_index", "__proto__" };

    private readonly string _refField;
    private readonly List<string> _fields;
    private readonly Dictionary<string, double?> _fieldBoosts = new(StringComparer.Ordinal);
    private readonly LunrPipelineSet _pipelines;
    private readonly Dictionary<string, double?> _documentBoosts = new(StringComparer.Ordinal);
    private readonly List<FieldRefEntry> _fieldRefs = [];
    private readonly Dictionary<string, InvertedIndexPosting> _invertedIndex = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _metadataWhitelist = [];
    private double _b = 0.75;
    private int _documentCount;
    private bool _built;

    /// <param name="refField">The document key whose value identifies a document (lunr's <c>ref</c>).</param>
    /// <param name="fields">Indexed fields with boosts. A repeated name keeps its first position and its last boost, as in lunr.</param>
    /// <param name="pipelines"><see cref="LunrPipelineSet.LunrDefault"/> (the default) or <see cref="LunrPipelineSet.Rea"/>.</param>
    public LunrIndexBuilder(string refField, IEnumerable<LunrField> fields, LunrPipelineSet? pipelines = null)
    {
        ArgumentNullException.ThrowIfNull(refField);
        ArgumentNullException.ThrowIfNull(fields);
        _refField = refField;
        _pipelines = pipelines ?? LunrPipelineSet.LunrDefault;
        var definitionOrder = new List<string>();
        foreach (var field in fields)
        {
            if (field.Name.Contains('/', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'", nameof(fields));
            }

            if (ReservedNames.Contains(field.Name))
            {
                throw new ArgumentException($"Field name '{field.Name}' clashes with lunr's own keys.", nameof(fields));
            }

            if (!_fieldBoosts.ContainsKey(field.Name))
            {
                definitionOrder.Add(field.Name);
            }

            _fieldBoosts[field.Name] = field.Boost;
        }

        // lunr iterates Object.keys(_fields): array-index-like names first.
        _fields = [.. JsPropertyOrder.Order(definitionOrder)];
    }

    /// <summary>BM25 length normalisation, clamped to [0, 1] like lunr's <c>b()</c>. Default 0.75.</summary>
    public double B
    {
        get => _b;
        set => _b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>BM25 term-frequency saturation (lunr's <c>k1()</c>). Default 1.2.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>Token metadata stored per occurrence (lunr's <c>metadataWhitelist</c>): "position", "index", "fields". Default none.</summary>
    public IReadOnlyList<string> MetadataWhitelist
    {
        get => _metadataWhitelist;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _metadataWhitelist = [.. value];
        }
    }

    /// <summary>The field names in lunr's order (array-index-like names first, then definition order).</summary>
    public IReadOnlyList<string> Fields => _fields;

    public string RefField => _refField;

    public LunrPipelineSet Pipelines => _pipelines;

    /// <summary>
    /// Adds a document (lunr's <c>builder.add(doc, {boost})</c>). Missing fields index like null.
    /// A null, 0 or NaN boost acts as 1. Refs must be unique: lunr.js would keep stale postings of
    /// the first document, which is never what a caller wants.
    /// </summary>
    public void Add(IReadOnlyDictionary<string, LunrValue> document, double? boost = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_built)
        {
            throw new InvalidOperationException("Build() was already called.");
        }

        // The ref is used as an object key, so it is the value's JavaScript string form.
        var docRef = document.TryGetValue(_refField, out var refValue) && refValue is not null ? refValue.ToJsString() : "undefined";
        if (!_documentBoosts.TryAdd(docRef, boost))
        {
            throw new ArgumentException($"Duplicate document ref '{docRef}'.", nameof(document));
        }

        _documentCount++;
        for (var f = 0; f < _fields.Count; f++)
        {
            var fieldName = _fields[f];
            document.TryGetValue(fieldName, out var value);
            var terms = _pipelines.Indexing.Run(LunrTokenizer.Tokenize(value, fieldName));
            var termFrequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            _fieldRefs.Add(new FieldRefEntry(f, docRef, termFrequencies, terms.Count));

            foreach (var token in terms)
            {
                var term = token.Text;
                termFrequencies[term] = termFrequencies.GetValueOrDefault(term) + 1;
                if (!_invertedIndex.TryGetValue(term, out var posting))
                {
                    posting = new InvertedIndexPosting(_invertedIndex.Count, _fields.Count);
                    _invertedIndex.Add(term, posting);
                }

                if (_metadataWhitelist.Count == 0)
                {
                    posting.Fields[f].AddRef(docRef);
                    continue;
                }

                var metadata = posting.Fields[f].GetOrAdd(docRef);
                foreach (var key in _metadataWhitelist)
                {
                    metadata.Add(key, token.Metadata.ToJson(key));
                }
            }
        }
    }

    /// <summary>Scores every field of every document and freezes the result.</summary>
    public LunrIndex Build()
    {
        _built = true;
        var averageLengths = AverageFieldLengths();
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        var vectors = new List<FieldVector>(_fieldRefs.Count);
        foreach (var entry in _fieldRefs)
        {
            var fieldName = _fields[entry.FieldIndex];
            var fieldBoost = Bm25.EffectiveBoost(_fieldBoosts[fieldName]);
            var docBoost = Bm25.EffectiveBoost(_documentBoosts[entry.DocRef]);
            var elements = new List<(int TermIndex, double Score)>(entry.TermFrequencies.Count);
            foreach (var (term, tf) in entry.TermFrequencies)
            {
                var posting = _invertedIndex[term];
                if (!idfCache.TryGetValue(term, out var idf))
                {
                    idf = Bm25.Idf(posting.DocumentFieldCount, _documentCount);
                    idfCache.Add(term, idf);
                }

                var score = Bm25.Score(idf, tf, entry.Length, averageLengths[entry.FieldIndex], K1, _b, fieldBoost, docBoost);
                elements.Add((posting.TermIndex, score));
            }

            elements.Sort((x, y) => x.TermIndex.CompareTo(y.TermIndex));
            vectors.Add(new FieldVector(fieldName + "/" + entry.DocRef, elements));
        }

        // JavaScript's default sort compares UTF-16 code units, which is .NET's ordinal comparison.
        var sortedTerms = _invertedIndex.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        return new LunrIndex(_fields, vectors, sortedTerms, [.. _pipelines.Search.Labels]);
    }

    private double[] AverageFieldLengths()
    {
        var sums = new double[_fields.Count];
        var counts = new int[_fields.Count];
        foreach (var entry in _fieldRefs)
        {
            sums[entry.FieldIndex] += entry.Length;
            counts[entry.FieldIndex]++;
        }

        var averages = new double[_fields.Count];
        for (var i = 0; i < averages.Length; i++)
        {
            averages[i] = sums[i] / counts[i];
        }

        return averages;
    }

    private sealed record FieldRefEntry(int FieldIndex, string DocRef, Dictionary<string, int> TermFrequencies, int Length);
}
