namespace RareEarthArchive.Core.Format;

/// <summary>
/// One key of the content format: its name, kind, whether it is required, and a one-line description for
/// people (the JSON Schema's description, the guide's table, the comment in a new file).
/// </summary>
/// <param name="Vocabulary">For <see cref="KeyKind.Vocabulary"/>: the list in <c>site.config.yml</c> the value comes from.</param>
/// <param name="Mapping">For <see cref="KeyKind.Mapping"/> and <see cref="KeyKind.List"/>: the keys of the mapping, or of each item.</param>
public sealed record FormatKey(
    string Name,
    KeyKind Kind,
    bool Required,
    string Description,
    string? Vocabulary = null,
    FormatMapping? Mapping = null)
{
    public static FormatKey Text(string name, bool required, string description) => new(name, KeyKind.Text, required, description);

    public static FormatKey Slug(string name, bool required, string description) => new(name, KeyKind.Slug, required, description);

    public static FormatKey SlugList(string name, bool required, string description) => new(name, KeyKind.SlugList, required, description);

    public static FormatKey Date(string name, bool required, string description) => new(name, KeyKind.Date, required, description);

    public static FormatKey Number(string name, bool required, string description) => new(name, KeyKind.Number, required, description);

    /// <summary>A number, or a mapping of qualifiers (each a number): see <see cref="KeyKind.QuantityValue"/>.</summary>
    public static FormatKey QuantityValue(string name, bool required, string description, FormatMapping qualifiers) =>
        new(name, KeyKind.QuantityValue, required, description, Mapping: qualifiers);

    public static FormatKey Url(string name, bool required, string description) => new(name, KeyKind.Url, required, description);

    public static FormatKey Language(string name, bool required, string description) => new(name, KeyKind.Language, required, description);

    public static FormatKey FromVocabulary(string name, bool required, string vocabulary, string description) =>
        new(name, KeyKind.Vocabulary, required, description, Vocabulary: vocabulary);

    public static FormatKey Nested(string name, bool required, string description, FormatMapping mapping) =>
        new(name, KeyKind.Mapping, required, description, Mapping: mapping);

    public static FormatKey ListOf(string name, bool required, string description, FormatMapping item) =>
        new(name, KeyKind.List, required, description, Mapping: item);
}
