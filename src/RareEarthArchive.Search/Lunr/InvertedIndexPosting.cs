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
        /// <summary>Parallel to <see cref="Refs"/>, made only when a build whitelists metadata: most whitelist nothing,
        /// and an empty object per posting was a million allocations at 1,000 sources.</summary>
        private List<RefMetadata>? _metadata;
        private Dictionary<string, RefMetadata>? _byRef;

        public List<string> Refs { get; } = [];

        /// <summary>True when some ref carries whitelisted metadata (most builds whitelist nothing).</summary>
        public bool HasMetadata => _metadata is not null && _metadata.Exists(m => m.Keys.Count > 0);

        /// <summary>
        /// The builder adds one document at a time and refs are unique, so a ref is either the last one added
        /// here or a new one: no lookup is needed while indexing (it was a third of the build time).
        /// </summary>
        public void AddRef(string docRef)
        {
            if (Refs.Count == 0 || !string.Equals(Refs[^1], docRef, StringComparison.Ordinal))
            {
                Refs.Add(docRef);
            }
        }

        /// <summary>Adds the ref as <see cref="AddRef"/> does, and gives its metadata to fill.</summary>
        public RefMetadata GetOrAdd(string docRef)
        {
            AddRef(docRef);
            _metadata ??= new List<RefMetadata>(Refs.Count);
            // Refs added before metadata was asked for carry none.
            while (_metadata.Count < Refs.Count)
            {
                _metadata.Add(new RefMetadata());
            }
            return _metadata[^1];
        }

        /// <summary>The metadata of a ref, for the JSON writer, which visits refs in JavaScript property order.</summary>
        public RefMetadata Get(string docRef)
        {
            if (_metadata is null)
            {
                return RefMetadata.None;
            }
            _byRef ??= Refs.Zip(_metadata).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            return _byRef.GetValueOrDefault(docRef, RefMetadata.None);
        }
    }

    /// <summary>
    /// Whitelisted metadata of one (term, field, ref): per key, one JSON value per occurrence. Created for
    /// posting only when the build whitelists metadata, and its storage on the first value only.
    /// </summary>
    internal sealed class RefMetadata
    {
        /// <summary>No metadata; only ever read.</summary>
        public static readonly RefMetadata None = new();

        private Dictionary<string, List<string>>? _values;
        private List<string>? _keys;

        public IReadOnlyList<string> Keys => _keys ?? (IReadOnlyList<string>)[];

        public IReadOnlyList<string> ValuesOf(string key) => _values![key];

        public void Add(string key, string json)
        {
            _values ??= new(StringComparer.Ordinal);
            if (!_values.TryGetValue(key, out var list))
            {
                list = [];
                _values.Add(key, list);
                (_keys ??= []).Add(key);
            }

            list.Add(json);
        }
    }
}
