using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RareEarthArchive.Search.Lunr;
using RareEarthArchive.Search.Rea;

namespace RareEarthArchive.Search.Tests.Differential;

/// <summary>The JavaScript primitives we re-implement, compared with Node over large or complete input sets.</summary>
public sealed class JavascriptPrimitivesTests
{
    [Fact]
    public void Log_is_bit_identical_to_v8()
    {
        // Every idf argument for N ≤ 300 documents, plus a spread of other magnitudes.
        var values = new List<double>();
        for (var n = 1; n <= 300; n++)
        {
            for (var k = 1; k <= 2 * n; k++)
            {
                values.Add(1 + Math.Abs((n - k + 0.5) / (k + 0.5)));
            }
        }

        var random = new Random(7);
        for (var i = 0; i < 20000; i++)
        {
            values.Add(Math.Pow(10, (random.NextDouble() * 40) - 20));
        }

        values.AddRange([1, 2, 0.5, 1 + 1e-12, 1 - 1e-12, 4.9e-324, double.MaxValue]);
        var results = NodeLunr.RunOne(new JsonObject { ["mode"] = "log", ["values"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) })
            .GetProperty("results").EnumerateArray().Select(e => e.GetDouble()).ToList();

        var differ = Enumerable.Range(0, values.Count).Where(i => BitConverter.DoubleToInt64Bits(JsMath.Log(values[i])) != BitConverter.DoubleToInt64Bits(results[i])).ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} of {values.Count} differ, first x={values[differ.FirstOrDefault()]:R}");
    }

    [Fact]
    public void Lowercasing_matches_javascript_on_every_code_point()
    {
        var table = new Dictionary<int, string>();
        foreach (var entry in NodeLunr.RunOne(new JsonObject { ["mode"] = "lowerTable" }).GetProperty("table").EnumerateArray())
        {
            table[entry[0].GetInt32()] = entry[1].GetString()!;
        }

        var differ = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            var expected = table.GetValueOrDefault(cp, s);
            if (!string.Equals(JsLowerCase.ToLower(s), expected, StringComparison.Ordinal))
            {
                differ.Add(cp.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        Assert.True(differ.Count == 0, $"{differ.Count} code points lowercase differently, e.g. U+{string.Join(", U+", differ.Take(10))}");
    }

    [Fact]
    public void Rea_character_classes_match_the_javascript_pipeline()
    {
        var classes = NodeLunr.RunOne(new JsonObject { ["mode"] = "classes" }).GetProperty("classes").GetString()!;
        var differ = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            var mine = EdgeCharacters.IsEdge(cp) ? 'E' : CjkCharacters.IsCjk(cp) ? 'C' : '.';
            if (mine != classes[cp] && !KnownUnicodeVersionGap(cp))
            {
                differ.Add($"U+{cp:X4} C#={mine} JS={classes[cp]}");
            }
        }

        Assert.True(differ.Count == 0, $"{differ.Count} code points differ: {string.Join("; ", differ.Take(10))}");
    }

    /// <summary>
    /// Code points .NET 10 reports as unassigned (Unicode 16 tables) that Node 20's ICU already knows
    /// as punctuation or symbols (Unicode 17). Measured: 104 code points. Documented in the README.
    /// </summary>
    private static bool KnownUnicodeVersionGap(int cp) =>
        cp is < 0xD800 or > 0xDFFF && Rune.GetUnicodeCategory(new Rune(cp)) == UnicodeCategory.OtherNotAssigned;
}
