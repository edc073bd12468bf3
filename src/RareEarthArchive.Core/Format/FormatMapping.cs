using System.Collections.Immutable;

namespace RareEarthArchive.Core.Format;

/// <summary>
/// One mapping of the content format: its keys in the order the guide, the schema and "allowed: …" list them.
/// </summary>
/// <param name="What">How a contributor would name the mapping in a message, e.g. "a claim annotation".</param>
/// <param name="Description">One line for people: the schema's description of the mapping (of each item, in a list).</param>
public sealed record FormatMapping(string What, string Description, ImmutableArray<FormatKey> Keys)
{
    public IEnumerable<string> KeyNames => Keys.Select(k => k.Name);

    public IEnumerable<string> RequiredKeyNames => Keys.Where(k => k.Required).Select(k => k.Name);

    public FormatKey? Find(string name)
    {
        foreach (var key in Keys)
        {
            if (key.Name == name)
            {
                return key;
            }
        }
        return null;
    }

    /// <summary>A copy with one more key (at the end); how a test proves every consumer follows the description.</summary>
    public FormatMapping WithKey(FormatKey key) => this with { Keys = Keys.Add(key) };

    /// <summary>A copy whose nested mapping (or list item) under <paramref name="name"/> is changed.</summary>
    public FormatMapping WithNested(string name, Func<FormatMapping, FormatMapping> change) => this with
    {
        Keys = [.. Keys.Select(k => k.Name == name && k.Mapping is { } m ? k with { Mapping = change(m) } : k)],
    };
}
