using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Validation;

/// <summary>
/// The ids a reference may name: those that loaded, and those whose file exists but failed to load (already
/// reported there, so not reported again as missing). A missing id gets a "did you mean" like a misspelt key.
/// </summary>
internal sealed class KnownIds(IEnumerable<string> loaded, IReadOnlySet<string> unloaded, string kind, string folder, DiagnosticCode code)
{
    private readonly HashSet<string> _loaded = [.. loaded];
    private readonly string[] _candidates = [.. loaded.Concat(unloaded).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>"source" or "claim", as messages name it.</summary>
    public string Kind => kind;

    /// <summary>Reports a reference to an id that has no file; nothing when it loaded or when its file failed to load.</summary>
    public void CheckExists(string id, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (_loaded.Contains(id) || unloaded.Contains(id))
        {
            return;
        }
        var hint = KeySuggestion.Closest(id, _candidates) is { } near ? $"; did you mean '{near}'?" : "";
        diagnostics.Error(location, code, $"there is no {kind} '{id}' (no file {folder}/{id}.md){hint}");
    }
}
