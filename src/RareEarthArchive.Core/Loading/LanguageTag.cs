using System.Text.RegularExpressions;

namespace RareEarthArchive.Core.Loading;

/// <summary>A well-formed BCP 47 tag in the shapes archives use (language, script, region, variants): en, zh-Hans, pt-BR.</summary>
public static partial class LanguageTag
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
