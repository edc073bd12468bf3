using System.Globalization;
using System.Text.Json;

namespace RareEarthArchive.Tests.Search;

/// <summary>
/// Seeded queries over an index's own text, of every form the query syntax has: words, prefixes (<c>expor*</c>),
/// inner and leading wildcards, fields, <c>+</c>/<c>-</c>, boosts, edit distances, queries of only negated words,
/// and CJK of one to four characters. The same seed and documents give the same queries.
/// </summary>
internal static class SeededQueries
{
    private static readonly string[] Fields = ["title", "tags", "publisher", "claim", "body"];

    public static IReadOnlyList<string> From(JsonDocument documentsJson, int count, int seed)
    {
        var words = new List<string>();
        var cjk = new List<string>();
        foreach (var document in documentsJson.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var field in document.GetProperty("doc").EnumerateObject())
            {
                if (field.Name == "ref")
                {
                    continue;
                }

                var text = field.Value.GetString() ?? "";
                foreach (var word in text.Split([' ', '\n', ',', '.', ';', ':', '(', ')', '"', '“', '”', '?', '!'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Any(IsCjk))
                    {
                        cjk.Add(new string([.. word.Where(IsCjk)]));
                    }
                    else if (word.All(char.IsLetterOrDigit) && word.Length >= 2)
                    {
                        words.Add(word.ToLowerInvariant());
                    }
                }
            }
        }

        var random = new Random(seed);
        string Word() => words[random.Next(words.Count)];
        string Cjk(int length)
        {
            var run = cjk[random.Next(cjk.Count)];
            var n = Math.Min(length, run.Length);
            var at = random.Next(run.Length - n + 1);
            return run.Substring(at, n);
        }

        static string Suffix(string w) => w[^Math.Min(3, w.Length)..];
        string Prefix(string w) => w[..Math.Max(1, Math.Min(w.Length - 1, 1 + random.Next(4)))];
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var kind = queries.Count % 16;
            queries.Add(kind switch
            {
                0 => Word(),
                1 => $"{Word()} {Word()}",
                2 => Prefix(Word()) + "*",
                3 => $"{Fields[random.Next(Fields.Length)]}:{Word()}",
                4 => $"+{Word()} +{Word()}",
                5 => $"{Word()} -{Word()}",
                6 => $"-{Word()}",
                7 => $"{Word()}~1",
                8 => "*" + Suffix(Word()),
                9 => $"{Word()}^{1 + random.Next(9)} {Word()}",
                10 => cjk.Count > 0 ? Cjk(1) : Word(),
                11 => cjk.Count > 0 ? Cjk(2) : Word(),
                12 => cjk.Count > 0 ? Cjk(3 + random.Next(2)) : Word(),
                13 => $"+{Word()} {Word()} -{Word()}",
                14 => $"title:{Prefix(Word())}* body:{Word()}",
                _ => string.Create(CultureInfo.InvariantCulture, $"{Word()[..1]}*{Word()[^1..]} {Word()}"),
            });
        }

        return queries;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';
}
