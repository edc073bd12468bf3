using System.Text;

namespace RareEarthArchive.Bench;

/// <summary>
/// A section of a Markdown page that a benchmark writes: everything between its start and end comments is
/// replaced, the rest of the page is the people's (docs/performance.md has one section per benchmark).
/// </summary>
internal static class DocsSection
{
    public static void Write(string path, string start, string end, string report)
    {
        var docs = File.ReadAllText(path);
        var from = docs.IndexOf(start, StringComparison.Ordinal);
        var to = docs.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{path} has no '{start}' … '{end}' section to write into");
        }

        File.WriteAllText(path, docs[..(from + start.Length)] + "\n" + report + docs[to..], new UTF8Encoding(false));
        Console.WriteLine($"wrote the table into {path}");
    }
}
