using System.Text;

namespace RareEarthArchive.Bench;

/// <summary>
/// Seeded pseudo-prose with Markdown in it (emphasis, links, code, paragraphs), for long-text anchoring.
/// Shared by the anchoring benchmark and the anchoring tests (linked into the test project), so both
/// measure and check the same text.
/// </summary>
public static class SyntheticProse
{
    /// <summary>About <paramref name="length"/> characters; the same text for the same length.</summary>
    public static string Write(int length)
    {
        string[] words = ["rare", "earth", "*export*", "controls", "**China**", "India", "refining", "capacity", "the", "of",
            "[alliance](https://example.com)", "magnets", "`NdFeB`", "reserves", "mining", "quota", "price", "tonnes"];
        var random = new Random(20250703);
        var builder = new StringBuilder(length + 100);
        var sentence = 0;
        while (builder.Length < length)
        {
            builder.Append(words[random.Next(words.Length)]).Append(' ');
            if (random.Next(12) == 0)
            {
                builder.Append("no. ").Append(sentence++).Append(random.Next(5) == 0 ? ".\n\n" : ".\n");
            }
        }
        return builder.ToString();
    }
}
