using System.Collections.Immutable;
using System.Globalization;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Yaml;

/// <summary>
/// Reads one YAML mapping of the content format with typed accessors. Every accessor reports its own
/// problem (missing, wrong shape, outside the vocabulary…) at the node's position and returns null, so a
/// reader can read every key and the build reports all problems at once.
/// </summary>
public sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    /// <param name="what">How a contributor would name this mapping in a message, e.g. "a claim annotation".</param>
    public MappingReader(YamlNode node, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _what = what;
        Location = node.Location;
        _entries = new(StringComparer.Ordinal);
        if (node is not YamlMapping mapping)
        {
            if (!(node is YamlScalar { IsNull: true }))
            {
                diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"{what} must be a mapping of 'key: value' lines");
            }
            IsMapping = false;
            return;
        }
        IsMapping = true;
        foreach (var entry in mapping.Entries)
        {
            if (!allowedKeys.Contains(entry.Key.Value))
            {
                var hint = KeySuggestion.Closest(entry.Key.Value, allowedKeys) is { } near ? $"; did you mean '{near}'?" : "";
                diagnostics.Error(entry.Key.Location, DiagnosticCodes.UnknownKey,
                    $"unknown key '{entry.Key.Value}' in {what}{hint} (allowed: {string.Join(", ", allowedKeys)})");
                continue;
            }
            _entries[entry.Key.Value] = entry;
        }
    }

    public bool IsMapping { get; }

    public SourceLocation Location { get; }

    public bool Has(string key) => _entries.TryGetValue(key, out var e) && !(e.Value is YamlScalar { IsNull: true });

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    /// <summary>Where the key's value is, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => Node(key)?.Location ?? Location;

    public string? Text(string key, bool required)
    {
        if (!Present(key, required, out var node))
        {
            return null;
        }
        if (node is not YamlScalar scalar)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key}' must be text, not {Shape(node)}");
            return null;
        }
        var value = scalar.Value.Trim();
        if (value.Length == 0)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.EmptyValue, $"'{key}' is empty");
            return null;
        }
        return scalar.Value;
    }

    public string? Slug(string key, bool required)
    {
        var value = Text(key, required);
        if (value is not null && !Model.Slug.IsValid(value))
        {
            _diagnostics.Error(LocationOf(key), DiagnosticCodes.NotASlug,
                $"'{key}' must be a slug (lower-case letters and digits joined by single hyphens, at most {Model.Slug.MaxLength} characters), not '{value}'");
            return null;
        }
        return value;
    }

    public string? Vocabulary(string key, bool required, ImmutableArray<string> allowed, string vocabularyName)
    {
        var value = Text(key, required);
        if (value is null || allowed.IsDefaultOrEmpty)
        {
            return value;
        }
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            var hint = KeySuggestion.Closest(value, allowed) is { } near ? $"did you mean '{near}'? " : "";
            _diagnostics.Error(LocationOf(key), DiagnosticCodes.NotInVocabulary,
                $"'{value}' is not in vocabularies.{vocabularyName}; {hint}allowed: {string.Join(", ", allowed)}");
            return null;
        }
        return value;
    }

    public PartialDate? Date(string key, bool required)
    {
        var value = Text(key, required);
        if (value is null)
        {
            return null;
        }
        if (!PartialDate.TryParse(value.Trim(), out var date))
        {
            _diagnostics.Error(LocationOf(key), DiagnosticCodes.InvalidDate,
                $"'{key}' must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), not '{value}'");
        }
        return date;
    }

    public double? Number(string key)
    {
        var value = Text(key, required: false);
        if (value is null)
        {
            return null;
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            _diagnostics.Error(LocationOf(key), DiagnosticCodes.InvalidNumber, $"'{key}' must be a number such as 3 or 87.5, not '{value}'");
            return null;
        }
        return number;
    }

    public string? AbsoluteUrl(string key, bool required)
    {
        var value = Text(key, required);
        if (value is null)
        {
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            _diagnostics.Error(LocationOf(key), DiagnosticCodes.InvalidUrl, $"'{key}' must be an absolute http or https URL, not '{value}'");
            return null;
        }
        return value.Trim();
    }

    /// <summary>A list of slugs, such as tags; a single scalar is not accepted, to keep the format uniform.</summary>
    public ImmutableArray<string> SlugList(string key)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Sequence(key))
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                _diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"each item of '{key}' must be text");
            }
            else if (!Model.Slug.IsValid(scalar.Value))
            {
                _diagnostics.Error(item.Location, DiagnosticCodes.NotASlug, $"'{scalar.Value}' in '{key}' is not a slug");
            }
            else if (!builder.Contains(scalar.Value))
            {
                builder.Add(scalar.Value);
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>The items of a list-valued key (none when absent).</summary>
    public IEnumerable<YamlNode> Sequence(string key)
    {
        if (!Present(key, required: false, out var node))
        {
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key}' must be a list ('- ' items), not {Shape(node)}");
            return [];
        }
        return sequence.Items;
    }

    /// <summary>A nested mapping, or null when absent (or reported).</summary>
    public MappingReader? Mapping(string key, bool required, string what, IReadOnlyCollection<string> allowedKeys)
    {
        if (!Present(key, required, out var node))
        {
            return null;
        }
        var reader = new MappingReader(node, what, allowedKeys, _diagnostics);
        return reader.IsMapping ? reader : null;
    }

    private bool Present(string key, bool required, out YamlNode node)
    {
        node = null!;
        if (!_entries.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            if (required && IsMapping)
            {
                _diagnostics.Error(entry.Key?.Location ?? Location, DiagnosticCodes.MissingKey, $"{_what} needs the key '{key}'");
            }
            return false;
        }
        node = entry.Value;
        return true;
    }

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequence => "a list",
        YamlMapping => "a mapping",
        _ => "text",
    };
}
