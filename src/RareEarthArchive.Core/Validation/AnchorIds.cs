namespace RareEarthArchive.Core.Validation;

/// <summary>
/// Hands out page anchors for passages that have no explicit id: the claim id, then claim-id-2, … skipping
/// every id a contributor chose, so a permalink never collides. Deterministic: it depends only on file order.
/// </summary>
internal sealed class AnchorIds(IEnumerable<string> reserved)
{
    private readonly HashSet<string> _used = new(reserved, StringComparer.Ordinal);

    public string Next(string stem)
    {
        if (_used.Add(stem))
        {
            return stem;
        }
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
