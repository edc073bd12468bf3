namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// One term's entry in the inverted index: its term index (first-seen order across the whole build)
/// and, per field, the refs that contain it with their whitelisted metadata. Refs and metadata keys
/// are kept in insertion order; the JSON writer applies JavaScript's property order.
/// </summary>
internal sealed class InvertedIndexPosting
{
    public InvertedIndexPosting(int termIndex, int fieldCount)
    {
        TermIndex = termIndex;
        Fields = new FieldEntries[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            Fields[i] = new FieldEntries();
        }
    }

    public int TermIndex { get; }

    /// <summary>Indexed like the builder's field list.</summary>
    public FieldEntries[] Fields { get; }

    /// <summary>How many document-field pairs contain the term: lunr's n in the idf.</summary>
    public int DocumentFieldCount => Fields.Sum(f => f.Refs.Count);

    internal sealed class FieldEntries
    {
        private readonly Dictionary<string, RefMetadata> _byRef = new(StringComparer.Ordinal);

        public List<string> Refs { get; } = [];

        public RefMetadata GetOrAdd(string docRef)
        {
            if (!_byRef.TryGetValue(docRef, out var metadata))
            {
                metadata = new RefMetadata();
                _byRef.Add(docRef, metadata);
                Refs.Add(docRef);
            }

            return metadata;
        }

        public RefMetadata Get(string docRef) => _byRef[docRef];
    }

    /// <summary>Whitelisted metadata of one (term, field, ref): per key, one JSON value per occurrence.</summary>
    internal sealed class RefMetadata
    {
        private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

        public List<string> Keys { get; } = [];

        public IReadOnlyList<string> ValuesOf(string key) => _values[key];

        public void Add(string key, string json)
        {
            if (!_values.TryGetValue(key, out var list))
            {
                list = [];
                _values.Add(key, list);
                Keys.Add(key);
            }

            list.Add(json);
        }
    }
}
