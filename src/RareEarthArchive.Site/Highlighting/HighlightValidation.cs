using System.Text.RegularExpressions;

namespace RareEarthArchive.Site.Highlighting;

/// <summary>
/// Rejects highlights the renderer cannot write faithfully. These are programming errors (the
/// validator anchors every quote first), so they throw rather than produce a diagnostic.
/// </summary>
internal static partial class HighlightValidation
{
    public static void Check(string text, IReadOnlyList<Highlight> highlights)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var highlight in highlights)
        {
            ArgumentNullException.ThrowIfNull(highlight, nameof(highlights));
            if (highlight.Start < 0 || highlight.Length <= 0 || highlight.End > text.Length)
            {
                throw new ArgumentException(
                    $"Highlight '{highlight.AnchorId}' ({highlight.Start}, {highlight.Length}) is empty or outside the text (length {text.Length}).",
                    nameof(highlights));
            }

            if (SplitsPair(text, highlight.Start) || SplitsPair(text, highlight.End))
            {
                throw new ArgumentException($"Highlight '{highlight.AnchorId}' splits a surrogate pair.", nameof(highlights));
            }

            if (string.IsNullOrEmpty(highlight.AnchorId) || !ids.Add(highlight.AnchorId))
            {
                throw new ArgumentException($"Highlight anchor id '{highlight.AnchorId}' is empty or used twice.", nameof(highlights));
            }

            ArgumentNullException.ThrowIfNull(highlight.CssClass, nameof(highlights));
            foreach (var name in highlight.Attributes?.Keys ?? [])
            {
                if (!AttributeName().IsMatch(name)
                    || name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || name is "id" or "class" or MarkWriter.ContinuesAttribute)
                {
                    throw new ArgumentException($"Highlight '{highlight.AnchorId}' has attribute '{name}', which is not allowed on a mark.", nameof(highlights));
                }
            }
        }
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

    // Event handlers are refused above; names are otherwise plain ASCII so they need no escaping.
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_.:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
