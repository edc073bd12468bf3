using System.Text;
using RareEarthArchive.Search.Lunr;

namespace RareEarthArchive.Search;

/// <summary>
/// The documents of a site search index, kept so that both the index and <c>documents.json</c> come
/// from the same inputs. <c>documents.json</c> lets anyone rebuild the index with lunr.js and compare
/// bytes:
/// <code>
/// lunr(function () {
///   if (set.configure) lunrConfigure(this);          // after loading set.pipelineScript
///   this.ref(set.ref);
///   set.fields.forEach(f => this.field(f.name, { boost: f.boost }));
///   set.documents.forEach(d => this.add(d.doc, d.attributes));
/// })
/// </code>
/// Field values are strings; a missing value is written as "" (which lunr indexes exactly like null).
/// </summary>
public sealed class SearchDocumentSet
{
    private readonly List<(string Ref, string[] Values, double Boost)> _documents = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);

    public SearchDocumentSet(string refField, IEnumerable<LunrField> fields, LunrPipelineSet pipelines)
    {
        ArgumentNullException.ThrowIfNull(refField);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(pipelines);
        RefField = refField;
        Fields = [.. fields];
        Pipelines = pipelines;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!names.Add(field.Name) || string.Equals(field.Name, refField, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Field '{field.Name}' is repeated or equals the ref field.", nameof(fields));
            }

            RequireFinite(field.Boost ?? 1, nameof(fields));
        }

        _ = new LunrIndexBuilder(refField, Fields, pipelines); // validates field names the way lunr would
    }

    public string RefField { get; }

    public IReadOnlyList<LunrField> Fields { get; }

    public LunrPipelineSet Pipelines { get; }

    public int Count => _documents.Count;

    /// <summary>Adds a document. <paramref name="fieldValues"/> may omit fields; unknown names are an error.</summary>
    public void Add(string docRef, IReadOnlyDictionary<string, string?> fieldValues, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(docRef);
        ArgumentNullException.ThrowIfNull(fieldValues);
        RequireFinite(boost, nameof(boost));
        foreach (var key in fieldValues.Keys)
        {
            if (!Fields.Any(f => string.Equals(f.Name, key, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"'{key}' is not one of the index's fields.", nameof(fieldValues));
            }
        }

        if (!_refs.Add(docRef))
        {
            throw new ArgumentException($"Duplicate document ref '{docRef}'.", nameof(docRef));
        }

        var values = Fields.Select(f => fieldValues.TryGetValue(f.Name, out var v) ? v ?? string.Empty : string.Empty).ToArray();
        _documents.Add((docRef, values, boost));
    }

    /// <summary>Builds the lunr index of the documents added so far (default b, k1 and no metadata whitelist).</summary>
    public LunrIndex BuildIndex()
    {
        var builder = new LunrIndexBuilder(RefField, Fields, Pipelines);
        foreach (var (docRef, values, boost) in _documents)
        {
            var doc = new Dictionary<string, LunrValue>(StringComparer.Ordinal) { [RefField] = docRef };
            for (var i = 0; i < Fields.Count; i++)
            {
                doc[Fields[i].Name] = values[i];
            }

            builder.Add(doc, boost);
        }

        return builder.Build();
    }

    /// <summary>
    /// The documents.json text: compact, deterministic, no trailing newline; write it as UTF-8 without BOM.
    /// <c>pipelineScript</c> and <c>configure</c> appear only for pipelines that need our script.
    /// </summary>
    public string ToDocumentsJson()
    {
        var sb = new StringBuilder(1024);
        sb.Append("{\"ref\":");
        JsText.AppendJsonString(sb, RefField);
        sb.Append(",\"fields\":[");
        for (var i = 0; i < Fields.Count; i++)
        {
            sb.Append(i > 0 ? ",{\"name\":" : "{\"name\":");
            JsText.AppendJsonString(sb, Fields[i].Name);
            sb.Append(",\"boost\":").Append(JsNumber.ToJson(Fields[i].Boost ?? 1)).Append('}');
        }

        sb.Append("],\"documents\":[");
        for (var d = 0; d < _documents.Count; d++)
        {
            var (docRef, values, boost) = _documents[d];
            sb.Append(d > 0 ? ",{\"doc\":{" : "{\"doc\":{");
            JsText.AppendJsonString(sb, RefField);
            sb.Append(':');
            JsText.AppendJsonString(sb, docRef);
            for (var i = 0; i < Fields.Count; i++)
            {
                sb.Append(',');
                JsText.AppendJsonString(sb, Fields[i].Name);
                sb.Append(':');
                JsText.AppendJsonString(sb, values[i]);
            }

            sb.Append("},\"attributes\":{\"boost\":").Append(JsNumber.ToJson(boost)).Append("}}");
        }

        sb.Append(']');
        if (Pipelines.NeedsPipelineScript)
        {
            sb.Append(",\"pipelineScript\":");
            JsText.AppendJsonString(sb, PipelineScript.SitePath);
            sb.Append(",\"configure\":true");
        }

        sb.Append('}');
        return sb.ToString();
    }

    private static void RequireFinite(double boost, string paramName)
    {
        if (!double.IsFinite(boost))
        {
            throw new ArgumentOutOfRangeException(paramName, boost, "Boosts must be finite numbers to be written as JSON.");
        }
    }
}
