using System.Collections.Immutable;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Core.Yaml;

/// <summary>
/// A small YAML tree that keeps every node's position. We build our own instead of YamlDotNet's
/// representation model so that duplicate keys and aliases become positioned diagnostics, not exceptions.
/// </summary>
public abstract record YamlNode(SourceLocation Location);

/// <summary>A scalar. <see cref="IsPlain"/> tells an unquoted scalar, where <c>null</c>, <c>~</c> and nothing mean no value.</summary>
public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceLocation Location) : YamlNode(Location);

public sealed record YamlMapping(ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location) : YamlNode(Location);
