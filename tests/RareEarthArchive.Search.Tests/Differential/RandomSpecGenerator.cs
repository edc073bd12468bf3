using System.Text;
using System.Text.Json.Nodes;

namespace RareEarthArchive.Search.Tests.Differential;

/// <summary>
/// Random build specs from a fixed seed: English words chosen for the stemmer, stop words,
/// punctuation, accented Latin, Greek sigma, Turkish İ, Cyrillic, Chinese, Japanese, Korean, emoji
/// and other surrogate pairs, numbers, several fields, field and document boosts including 0,
/// numeric refs and field names, b/k1 and metadata whitelists.
/// </summary>
internal sealed class RandomSpecGenerator
{
    private static readonly string[] Words =
    [
        // stemmer
        "running", "runs", "ran", "runner", "happiness", "happily", "generalization", "relational", "conditional",
        "ponies", "caresses", "agreed", "feed", "hopping", "filing", "sized", "troubled", "yelling", "sky",
        "electricity", "electrical", "adjustable", "adoption", "controlling", "rolling", "hopefulness", "goodness",
        "formality", "sensitivity", "national", "rationalization", "communication", "yes", "yy", "y", "ys", "yield",
        "probate", "rate", "cease", "controll", "roll", "dying", "lying", "sing", "bled", "feeding", "hoping",
        "analogous", "digitizer", "callousness", "triplicate", "formalize", "electriciti", "adoptions", "homologi",
        "archaeology", "indices", "matrices", "earth", "rare", "elements", "neodymium", "lanthanide", "mining",
        // stop words
        "the", "and", "of", "a", "is", "it", "to", "be", "The", "AND", "twas", "constructor", "__proto__",
        // punctuation and odd ASCII
        "...", "—", "–dash–", "(bracket)", "[x]", "{y}", "\"quoted\"", "'single'", "don't", "clancy's", "c#",
        ".net", "node.js", "a/b", "user@example.com", "100%", "$5", "_under_", "snake_case", "e-mail", "foo--bar",
        "!", "?", "¿qué?", "«guillemets»", "back\\slash", "tab\u0001ctrl", "del\u007fchar", "a<b>&c",
        // numbers
        "12.5", "1e21", "007", "-5", "3.14159", "v1.2.3", "2024-01-15", "0", "42",
        // accented Latin and other scripts
        "café", "Café", "cafés", "crème", "brûlée", "naïve", "façade", "Straße", "ﬁle", "résumé", "über", "Ångström",
        "cafe\u0301", "İstanbul", "IŞIK", "ΙΣΤΟΣ", "ΑΣ1", "xΣy", "Σ", "ΌΣΟΣ.", "Москва", "Ёлка", "ǅemal", "ǈ",
        "Ⅻ", "Ⓐ", "ʰΣ", "ªΣ", "a\u00adΣ",
        // CJK
        "稀土", "稀土元素", "稀土metals", "（稀土）", "東京タワー", "ひらがな", "カタカナ", "ｶﾀｶﾅ", "한국어", "한국어를",
        "2024年", "中・日", "日本語の文章です。", "葛\U000E0100城", "𠀀𠀁", "𠮷野家", "土", "々", "〇",
        // emoji and astral
        "🔥fire", "fire🔥", "🔥", "👩‍🔬", "😀😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𐐀𐐨",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "-", "\t", "\n", "\u00A0", "\u3000", "\u2009", ", ", "; ", "\u200B", "\u0085", ""];

    private static readonly string[] FieldNames = ["title", "body", "tags", "summary", "2", "0", "10", "x_y", "Title"];

    private static readonly double?[] FieldBoosts = [null, null, null, 0, 1, 2, 0.5, 10, 3.7];

    private static readonly double?[] DocBoosts = [null, null, null, null, 0, 1, 2, 0.25, 1.5, 7];

    private readonly Random _random;

    public RandomSpecGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public JsonObject Next(bool rea)
    {
        var fieldCount = _random.Next(1, 5);
        var names = FieldNames.OrderBy(_ => _random.Next()).Take(fieldCount).ToList();
        var fields = new JsonArray();
        foreach (var name in names)
        {
            var boost = Pick(FieldBoosts);
            fields.Add(boost is null && _random.Next(2) == 0 ? JsonValue.Create(name) : new JsonObject { ["name"] = name, ["boost"] = boost });
        }

        var spec = new JsonObject
        {
            ["ref"] = _random.Next(4) == 0 ? "slug" : "id",
            ["fields"] = fields,
        };
        if (rea)
        {
            spec["pipeline"] = "rea";
        }

        switch (_random.Next(8))
        {
            case 0:
                spec["metadataWhitelist"] = new JsonArray("position", "index");
                break;
            case 1:
                spec["metadataWhitelist"] = new JsonArray("fields", "nonexistent", "position");
                break;
        }

        if (_random.Next(5) == 0)
        {
            spec["b"] = Pick([0.0, 0.3, 1.0, 0.9, -1.0, 2.0]);
            spec["k1"] = Pick([0.0, 1.6, 2.0, 0.5]);
        }

        var documents = new JsonArray();
        var refs = new HashSet<string>(StringComparer.Ordinal);
        var docCount = _random.Next(1, 13);
        var refName = spec["ref"]!.GetValue<string>();
        while (documents.Count < docCount)
        {
            var (refNode, refText) = NextRef();
            if (!refs.Add(refText))
            {
                continue;
            }

            var doc = new JsonObject { [refName] = refNode };
            foreach (var name in names)
            {
                if (!string.Equals(name, refName, StringComparison.Ordinal) && NextValue() is var (present, value) && present)
                {
                    doc[name] = value;
                }
            }

            var entry = new JsonObject { ["doc"] = doc };
            var boost = Pick(DocBoosts);
            if (boost is not null)
            {
                entry["attributes"] = new JsonObject { ["boost"] = boost };
            }

            documents.Add(entry);
        }

        spec["documents"] = documents;
        return spec;
    }

    private (JsonNode Node, string Text) NextRef()
    {
        switch (_random.Next(6))
        {
            case 0:
                var n = _random.Next(0, 30);
                return (JsonValue.Create(n), n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case 1:
                var s = Pick(["01", "1.5", "-1", "4294967295", "4294967294", "b", "a2", "guide/advanced", "稀土", "Ünï"]);
                return (JsonValue.Create(s), s);
            default:
                var r = "doc" + _random.Next(0, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return (JsonValue.Create(r), r);
        }
    }

    private (bool Present, JsonNode? Value) NextValue()
    {
        switch (_random.Next(20))
        {
            case 0:
                return (false, null);
            case 1:
                return (true, null);
            case 2:
                return (true, JsonValue.Create(Pick([12.5, 0.0, 1e21, 0.1, 1.5e-7, -3.0, 123456789012345680.0, 0.000001])));
            case 3:
                return (true, JsonValue.Create(_random.Next(2) == 0));
            case 4:
                var array = new JsonArray();
                for (var i = _random.Next(0, 4); i > 0; i--)
                {
                    array.Add(_random.Next(5) == 0 ? null : JsonValue.Create(Text(3)));
                }

                return (true, array);
            case 5:
                return (true, JsonValue.Create(Pick(["", "   ", "\t \u00A0"])));
            default:
                return (true, JsonValue.Create(Text(_random.Next(1, 25))));
        }
    }

    private string Text(int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sb.Append(Pick(Separators));
            }

            sb.Append(Pick(Words));
        }

        return sb.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
