namespace RareEarthArchive.Core.Format;

/// <summary>What a key's value is. The reader checks it, the schema constrains it, the guide and templates name it.</summary>
public enum KeyKind
{
    /// <summary>Non-blank text (a YAML scalar of any type, read as its text).</summary>
    Text,

    /// <summary>Lower-case letters and digits joined by single hyphens: an id or a reference to one.</summary>
    Slug,

    /// <summary>A list of slugs, such as tags.</summary>
    SlugList,

    /// <summary>A value from one of the site's controlled vocabularies (<see cref="FormatKey.Vocabulary"/>).</summary>
    Vocabulary,

    /// <summary>An ISO 8601 date known to the year, month or day.</summary>
    Date,

    /// <summary>A plain number.</summary>
    Number,

    /// <summary>
    /// A value as a text gives it: a plain number, or a mapping of one qualifier to a number (<c>{over: 80}</c>),
    /// or <c>min</c> and <c>max</c> (a range). <see cref="FormatKey.Mapping"/> lists the qualifier keys.
    /// </summary>
    QuantityValue,

    /// <summary>An absolute http or https URL.</summary>
    Url,

    /// <summary>A BCP 47 language tag.</summary>
    Language,

    /// <summary>A nested mapping (<see cref="FormatKey.Mapping"/>).</summary>
    Mapping,

    /// <summary>A list of mappings, each described by <see cref="FormatKey.Mapping"/>.</summary>
    List,
}
