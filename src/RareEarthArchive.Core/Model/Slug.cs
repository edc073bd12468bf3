using System.Text.RegularExpressions;

namespace RareEarthArchive.Core.Model;

/// <summary>The id rule of the contract: <c>[a-z0-9]+(-[a-z0-9]+)*</c>, at most 80 characters.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
