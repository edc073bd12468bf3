using System.Collections.Immutable;
using System.Globalization;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Yaml;

/// <summary>
/// Reads one YAML mapping of the content format against its <see cref="FormatMapping"/>. On construction it
/// checks every key the description names (present if required, of the right kind, in its vocabulary) and
/// reports each problem at the node's position, so one run reports everything; unknown keys get a "did you
/// mean". The typed accessors then hand out the checked values (null after a problem). Asking for a key the
/// description does not name, or as another kind, is a bug in rea and throws.
/// </summary>
public sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries;
    // The checked value of each described key, by kind: string, PartialDate, double, ImmutableArray<string>,
    // MappingReader or ImmutableArray<MappingReader>. Private, read back only through the typed accessors.
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly Vocabularies _vocabularies;

    public MappingReader(YamlNode node, FormatMapping format, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _vocabularies = vocabularies;
        Format = format;
        Location = node.Location;
        _entries = new(StringComparer.Ordinal);
        if (node is not YamlMapping mapping)
        {
            if (!(node is YamlScalar { IsNull: true }))
            {
                diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"{format.What} must be a mapping of 'key: value' lines");
            }
            IsMapping = false;
            return;
        }
        IsMapping = true;
        var allowed = format.KeyNames.ToList();
        foreach (var entry in mapping.Entries)
        {
            if (format.Find(entry.Key.Value) is null)
            {
                var hint = KeySuggestion.Closest(entry.Key.Value, allowed) is { } near ? $"; did you mean '{near}'?" : "";
                diagnostics.Error(entry.Key.Location, DiagnosticCodes.UnknownKey,
                    $"unknown key '{entry.Key.Value}' in {format.What}{hint} (allowed: {string.Join(", ", allowed)})");
                continue;
            }
            _entries[entry.Key.Value] = entry;
        }
        foreach (var key in format.Keys)
        {
            _values[key.Name] = Check(key);
        }
    }

    public FormatMapping Format { get; }

    public bool IsMapping { get; }

    public SourceLocation Location { get; }

    public bool Has(string key) => _entries.TryGetValue(key, out var e) && !(e.Value is YamlScalar { IsNull: true });

    /// <summary>Where the key's value is, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => (_entries.TryGetValue(key, out var e) ? e.Value.Location : null) ?? Location;

    public string? Text(string key) => Value<string>(key, KeyKind.Text);

    public string? Slug(string key) => Value<string>(key, KeyKind.Slug);

    public string? Vocabulary(string key) => Value<string>(key, KeyKind.Vocabulary);

    public string? AbsoluteUrl(string key) => Value<string>(key, KeyKind.Url);

    /// <summary>A well-formed BCP 47 tag, or null (a malformed one is reported).</summary>
    public string? Language(string key) => Value<string>(key, KeyKind.Language);

    public PartialDate? Date(string key) => Value<PartialDate>(key, KeyKind.Date);

    public double? Number(string key) => Describe(key, KeyKind.Number) && _values.GetValueOrDefault(key) is double d ? d : null;

    public QuantityValue? QuantityValue(string key) => Value<QuantityValue>(key, KeyKind.QuantityValue);

    public ImmutableArray<string> SlugList(string key) => Value<ImmutableArray<string>?>(key, KeyKind.SlugList) ?? [];

    /// <summary>A nested mapping, or null when absent (or reported).</summary>
    public MappingReader? Mapping(string key) => Value<MappingReader>(key, KeyKind.Mapping);

    /// <summary>The items of a list of mappings that are mappings (the others are reported).</summary>
    public ImmutableArray<MappingReader> Items(string key) => Value<ImmutableArray<MappingReader>?>(key, KeyKind.List) ?? [];

    private T? Value<T>(string key, KeyKind kind) =>
        Describe(key, kind) && _values.GetValueOrDefault(key) is T value ? value : default;

    private bool Describe(string name, KeyKind kind)
    {
        var key = Format.Find(name) ?? throw new InvalidOperationException(
            $"'{name}' is not a key of {Format.What} in the format description (src/RareEarthArchive.Core/Format/ContentFormat.cs)");
        return key.Kind == kind ? true : throw new InvalidOperationException($"'{name}' of {Format.What} is described as {key.Kind}, read as {kind}");
    }

    private object? Check(FormatKey key) => key.Kind switch
    {
        KeyKind.Text => CheckText(key),
        KeyKind.Slug => CheckSlug(key),
        KeyKind.SlugList => CheckSlugList(key),
        KeyKind.Vocabulary => CheckVocabulary(key),
        KeyKind.Date => CheckDate(key),
        KeyKind.Number => CheckNumber(key),
        KeyKind.QuantityValue => CheckQuantityValue(key),
        KeyKind.Url => CheckUrl(key),
        KeyKind.Language => CheckLanguage(key),
        KeyKind.Mapping => CheckMapping(key),
        KeyKind.List => CheckList(key),
        _ => throw new InvalidOperationException($"no check for {key.Kind}"),
    };

    private string? CheckText(FormatKey key)
    {
        if (!Present(key, out var node))
        {
            return null;
        }
        if (node is not YamlScalar scalar)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key.Name}' must be text, not {Shape(node)}");
            return null;
        }
        if (scalar.Value.Trim().Length == 0)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.EmptyValue, $"'{key.Name}' is empty");
            return null;
        }
        return scalar.Value;
    }

    private string? CheckSlug(FormatKey key)
    {
        var value = CheckText(key);
        if (value is not null && !Model.Slug.IsValid(value))
        {
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.NotASlug,
                $"'{key.Name}' must be a slug (lower-case letters and digits joined by single hyphens, at most {Model.Slug.MaxLength} characters), not '{value}'");
            return null;
        }
        return value;
    }

    private string? CheckVocabulary(FormatKey key)
    {
        var value = CheckText(key);
        var allowed = _vocabularies.Of(key.Vocabulary ?? throw new InvalidOperationException($"'{key.Name}' names no vocabulary"));
        if (value is null || allowed.IsDefaultOrEmpty)
        {
            return value;
        }
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            var hint = KeySuggestion.Closest(value, allowed) is { } near ? $"did you mean '{near}'? " : "";
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.NotInVocabulary,
                $"'{value}' is not in vocabularies.{key.Vocabulary}; {hint}allowed: {string.Join(", ", allowed)}");
            return null;
        }
        return value;
    }

    private PartialDate? CheckDate(FormatKey key)
    {
        var value = CheckText(key);
        if (value is null)
        {
            return null;
        }
        if (!PartialDate.TryParse(value.Trim(), out var date))
        {
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.InvalidDate,
                $"'{key.Name}' must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), not '{value}'");
        }
        return date;
    }

    private double? CheckNumber(FormatKey key)
    {
        var value = CheckText(key);
        if (value is null)
        {
            return null;
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.InvalidNumber, $"'{key.Name}' must be a number such as 3 or 87.5, not '{value}'");
            return null;
        }
        return number;
    }

    /// <summary>
    /// A plain number, or a mapping of exactly one qualifier (<c>{over: 80}</c>), or of <c>min</c> and <c>max</c>
    /// with min below max. The mapping's keys and numbers are checked by a nested reader, so a typo gets its
    /// suggestion and a word where a number belongs its REA206.
    /// </summary>
    private QuantityValue? CheckQuantityValue(FormatKey key)
    {
        if (!Present(key, out var node))
        {
            return null;
        }
        if (node is YamlSequence)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key.Name}' must be a number, or a mapping such as {{over: 80}}, not a list");
            return null;
        }
        if (node is not YamlMapping mapping)
        {
            return CheckNumber(key) is { } plain ? new QuantityValue(plain) : null;
        }
        var qualifiers = new MappingReader(node, NestedFormat(key), _vocabularies, _diagnostics);
        var given = Model.QuantityValue.Keys.Select(k => (k.Key, k.Qualifier, Number: qualifiers.Number(k.Key), Present: qualifiers.Has(k.Key))).Where(k => k.Present).ToList();
        if (given.Any(k => k.Number is null) || mapping.Entries.Length > given.Count)
        {
            return null; // a word for a number, or an unknown key: reported by the nested reader
        }
        var keys = given.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        if (given.Count == 1)
        {
            return new QuantityValue(given[0].Number!.Value, given[0].Qualifier);
        }
        if (given.Count == 2 && keys.SetEquals(["min", "max"]))
        {
            var (min, max) = (qualifiers.Number("min")!.Value, qualifiers.Number("max")!.Value);
            if (min < max)
            {
                return new QuantityValue(min, ValueQualifier.Range, max);
            }
            _diagnostics.Error(node.Location, DiagnosticCodes.InvalidValueQualifier, $"'{key.Name}' is a range whose min ({Formatting(min)}) is not below its max ({Formatting(max)})");
            return null;
        }
        var what = given.Count == 0 ? "no qualifier" : $"{string.Join(" and ", given.Select(k => k.Key))} together";
        _diagnostics.Error(node.Location, DiagnosticCodes.InvalidValueQualifier,
            $"'{key.Name}' has {what}: give one of {string.Join(", ", Model.QuantityValue.Keys.Select(k => k.Key))}, or min and max for a range");
        return null;
    }

    private static string Formatting(double number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    private string? CheckUrl(FormatKey key)
    {
        var value = CheckText(key);
        if (value is null)
        {
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.InvalidUrl, $"'{key.Name}' must be an absolute http or https URL, not '{value}'");
            return null;
        }
        return value.Trim();
    }

    private string? CheckLanguage(FormatKey key)
    {
        var value = CheckText(key);
        if (value is not null && !LanguageTag.IsValid(value))
        {
            _diagnostics.Error(LocationOf(key.Name), DiagnosticCodes.InvalidLanguage,
                $"'{value}' is not a BCP 47 language tag such as en or zh-Hans");
            return null;
        }
        return value;
    }

    /// <summary>A list of slugs, such as tags; a single scalar is not accepted, to keep the format uniform.</summary>
    private ImmutableArray<string> CheckSlugList(FormatKey key)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Sequence(key))
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                _diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"each item of '{key.Name}' must be text");
            }
            else if (!Model.Slug.IsValid(scalar.Value))
            {
                _diagnostics.Error(item.Location, DiagnosticCodes.NotASlug, $"'{scalar.Value}' in '{key.Name}' is not a slug");
            }
            else if (!builder.Contains(scalar.Value))
            {
                builder.Add(scalar.Value);
            }
        }
        return builder.ToImmutable();
    }

    private MappingReader? CheckMapping(FormatKey key)
    {
        if (!Present(key, out var node))
        {
            return null;
        }
        var reader = new MappingReader(node, NestedFormat(key), _vocabularies, _diagnostics);
        return reader.IsMapping ? reader : null;
    }

    private ImmutableArray<MappingReader> CheckList(FormatKey key)
    {
        var item = NestedFormat(key);
        return [.. Sequence(key).Select(node => new MappingReader(node, item, _vocabularies, _diagnostics)).Where(r => r.IsMapping)];
    }

    private static FormatMapping NestedFormat(FormatKey key) =>
        key.Mapping ?? throw new InvalidOperationException($"'{key.Name}' is a {key.Kind} without its mapping");

    private IEnumerable<YamlNode> Sequence(FormatKey key)
    {
        if (!Present(key, out var node))
        {
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            _diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key.Name}' must be a list ('- ' items), not {Shape(node)}");
            return [];
        }
        return sequence.Items;
    }

    private bool Present(FormatKey key, out YamlNode node)
    {
        node = null!;
        if (!_entries.TryGetValue(key.Name, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            if (key.Required && IsMapping)
            {
                var noun = key.Kind is KeyKind.List or KeyKind.SlugList ? "list" : "key";
                _diagnostics.Error(entry.Key?.Location ?? Location, DiagnosticCodes.MissingKey, $"{Format.What} needs the {noun} '{key.Name}'");
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
