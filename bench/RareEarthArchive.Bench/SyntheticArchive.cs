using System.Globalization;
using System.Text;

namespace RareEarthArchive.Bench;

/// <summary>
/// Writes a seeded synthetic archive in the contract format (site.config.yml, content/sources/*.md,
/// content/claims/*.md) that <c>rea build</c> accepts: the same seed and size always give the same files.
/// About one source in ten is Chinese (zh-Hans, so the CJK bigram pipeline is exercised); every source has
/// 0–4 annotations quoting a sentence that occurs exactly once in its text. Shared by the benchmark and by
/// tests (linked into RareEarthArchive.Tests).
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Kinds = ["news", "analysis", "opinion", "vendor-blog", "aggregator", "explainer", "official"];
    private static readonly string[] Stances = ["supports", "disputes", "qualifies", "mentions"];

    private static readonly string[] DomainWords =
    [
        "rare", "earth", "refining", "magnet", "export", "controls", "china", "japan", "india", "australia", "quad",
        "supply", "chain", "mining", "processing", "samarium", "neodymium", "dysprosium", "tariff", "truce", "alliance",
        "reserves", "capacity", "leverage", "negotiations", "licence", "smelting", "separation", "military", "battery",
    ];

    private static readonly string ChineseCharacters =
        "稀土出口管制中国美国日本印度澳大利亚四国联盟精炼磁体供应链开采加工钐钕镝关税休战谈判储量产能杠杆许可冶炼分离军事电池" +
        "政府企业市场价格全球技术依赖风险合作协议经济贸易战略资源安全政策会议宣布表示认为报道数据年月日";

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "re", "po", "li", "sa", "ne", "to", "mu", "ga", "be",
        "ri", "ko", "an", "el", "or", "us", "in", "at", "em", "ul", "ix", "on",
    ];

    /// <param name="Shape">How big each source is; null keeps the small shape the tests were written against.</param>
    public sealed record Options(int Sources, int Seed = 20250704, int? Claims = null, string BaseUrl = "https://example.org/Synthetic/", SourceShape? Shape = null);

    /// <summary>
    /// The size of each source: about <paramref name="Words"/> words of text (Chinese sources: 1.5 characters a
    /// word), <paramref name="Annotations"/> quote-anchored claim annotations, one claim per
    /// <paramref name="SourcesPerClaim"/> sources, a bias block with two quoted signals and one cross-reference.
    /// </summary>
    public sealed record SourceShape(int Words, int Annotations, int SourcesPerClaim)
    {
        /// <summary>What the scale benchmark builds (issue 9): 1,000 words, 20 annotations, N/5 claims.</summary>
        public static SourceShape Realistic { get; } = new(1000, 20, 5);
    }

    /// <summary>Writes the archive into <paramref name="folder"/> (created if needed; existing content files are overwritten).</summary>
    public static void Write(string folder, Options options)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var words = MakeVocabulary(random, 4000);
        var claimCount = options.Claims ?? Math.Max(5, options.Sources / (options.Shape?.SourcesPerClaim ?? 8));
        var sourcesDir = Path.Combine(folder, "content", "sources");
        var claimsDir = Path.Combine(folder, "content", "claims");
        Directory.CreateDirectory(sourcesDir);
        Directory.CreateDirectory(claimsDir);
        File.WriteAllText(Path.Combine(folder, "site.config.yml"),
            $"""
            title: Synthetic Archive
            description: A generated archive of {options.Sources} sources for benchmarks and tests (seed {options.Seed}).
            base_url: {options.BaseUrl}
            language: en
            theme: default
            vocabularies:
              source_kinds: [{string.Join(", ", Kinds)}]
              perspectives: [pro-china, pro-us, neutral, mixed, unclear]
              signal_kinds: [loaded-language, unsourced-figure, one-sided-sourcing, promotional, speculation, omission, framing]
              stances: [{string.Join(", ", Stances)}]
              source_relations: [same-story, cites, responds-to, contradicts, background]
              claim_relations: [contradicts, refines, depends-on, related]

            """, Utf8);

        var claimIds = new string[claimCount];
        for (var c = 0; c < claimCount; c++)
        {
            claimIds[c] = $"claim-{c:D5}";
            var statement = Capitalise(Sentence(random, words, 8, 18)) + ".";
            var commentary = string.Join("\n\n", Enumerable.Range(0, random.Next(1, 3)).Select(_ => Paragraph(random, words, 2, 4)));
            File.WriteAllText(Path.Combine(claimsDir, claimIds[c] + ".md"),
                $"""
                ---
                id: {claimIds[c]}
                statement: "{statement}"
                topic: topic-{random.Next(12)}
                tags: [{Pick(random, DomainWords)}, {Pick(random, DomainWords)}-{random.Next(5)}]
                ---
                {commentary}

                """, Utf8);
        }

        if (options.Shape is { } shape)
        {
            WriteShapedSources(random, words, claimIds, sourcesDir, options.Sources, shape);
            return;
        }

        for (var s = 0; s < options.Sources; s++)
        {
            var id = $"source-{s:D5}";
            var chinese = random.Next(10) == 0;
            var paragraphs = new List<string>();
            var paragraphCount = random.Next(3, 9);
            for (var p = 0; p < paragraphCount; p++)
            {
                paragraphs.Add(chinese ? ChineseParagraph(random) : Paragraph(random, words, 3, 6));
            }

            var body = string.Join("\n\n", paragraphs);
            var sentences = body.Split(chinese ? '。' : '.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(q => q.Length >= 8 && !q.Contains('\n', StringComparison.Ordinal)).ToList();
            var annotations = new StringBuilder();
            var used = new HashSet<string>(StringComparer.Ordinal);
            var annotationCount = random.Next(0, 5);
            for (var a = 0; a < annotationCount && sentences.Count > 0; a++)
            {
                var quote = sentences[random.Next(sentences.Count)];
                var first = body.IndexOf(quote, StringComparison.Ordinal);
                if (!used.Add(quote) || first != body.LastIndexOf(quote, StringComparison.Ordinal))
                {
                    continue; // a quote must occur exactly once in the text
                }

                annotations.Append(CultureInfo.InvariantCulture, $"  - claim: {claimIds[random.Next(claimCount)]}\n");
                annotations.Append(CultureInfo.InvariantCulture, $"    quote: \"{quote}\"\n");
                annotations.Append(CultureInfo.InvariantCulture, $"    stance: {Pick(random, Stances)}\n");
                if (random.Next(2) == 0)
                {
                    annotations.Append(CultureInfo.InvariantCulture, $"    note: \"{Capitalise(Sentence(random, words, 5, 14))}.\"\n");
                }
            }

            var title = chinese ? ChineseSentence(random, 8, 16) : Capitalise(Sentence(random, words, 5, 12));
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var header = new StringBuilder();
            header.Append("---\n");
            header.Append(CultureInfo.InvariantCulture, $"id: {id}\n");
            header.Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n");
            header.Append(CultureInfo.InvariantCulture, $"language: {(chinese ? "zh-Hans" : "en")}\n");
            header.Append(CultureInfo.InvariantCulture, $"publisher: \"{Capitalise(Sentence(random, words, 1, 3))} {(chinese ? "日报" : "Times")}\"\n");
            header.Append(CultureInfo.InvariantCulture, $"published: {date}\n");
            header.Append(CultureInfo.InvariantCulture, $"kind: {Pick(random, Kinds)}\n");
            header.Append(CultureInfo.InvariantCulture, $"tags: [{Pick(random, DomainWords)}, {Pick(random, DomainWords)}-{random.Next(20)}]\n");
            if (annotations.Length > 0)
            {
                header.Append("claims:\n").Append(annotations);
            }

            header.Append("---\n");
            File.WriteAllText(Path.Combine(sourcesDir, id + ".md"), header + body + "\n", Utf8);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly string[] SignalKinds = ["loaded-language", "unsourced-figure", "one-sided-sourcing", "speculation", "framing"];
    private static readonly string[] Relations = ["same-story", "cites", "responds-to", "contradicts", "background"];

    /// <summary>
    /// Sources of the given shape: paragraphs under a few headings, some emphasis and links, quotes taken from
    /// plain sentences that occur once, so every annotation anchors.
    /// </summary>
    private static void WriteShapedSources(Random random, string[] words, string[] claimIds, string sourcesDir, int count, SourceShape shape)
    {
        for (var s = 0; s < count; s++)
        {
            var id = $"source-{s:D5}";
            var chinese = random.Next(10) == 0;
            var body = new StringBuilder();
            var quotable = new List<string>();
            var length = 0;
            var target = chinese ? shape.Words * 3 / 2 : shape.Words;
            for (var p = 0; length < target; p++)
            {
                if (p % 5 == 4)
                {
                    body.Append("## ").Append(chinese ? ChineseSentence(random, 4, 8) : Capitalise(Sentence(random, words, 2, 6))).Append("\n\n");
                }
                var sentences = random.Next(3, 7);
                for (var i = 0; i < sentences; i++)
                {
                    var sentence = chinese ? ChineseSentence(random, 12, 30) + "。" : Capitalise(Sentence(random, words, 8, 22)) + ".";
                    length += chinese ? sentence.Length : sentence.Count(c => c == ' ') + 1;
                    if (i == 1 && !chinese && random.Next(3) == 0)
                    {
                        // Markup the reader does not see, between quoted sentences: emphasis and a link.
                        body.Append(random.Next(2) == 0 ? $"*{sentence}*" : $"[{sentence}](https://example.org/{random.Next(1000)})");
                    }
                    else
                    {
                        body.Append(sentence);
                        quotable.Add(sentence[..^1]);
                    }
                    body.Append(chinese ? "" : " ");
                }
                body.Length -= chinese ? 0 : 1;
                body.Append("\n\n");
            }

            var text = body.ToString();
            var once = quotable.Where(q => text.IndexOf(q, StringComparison.Ordinal) == text.LastIndexOf(q, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            Shuffle(random, once);
            var header = new StringBuilder();
            header.Append("---\n");
            header.Append(CultureInfo.InvariantCulture, $"id: {id}\n");
            header.Append(CultureInfo.InvariantCulture, $"title: \"{(chinese ? ChineseSentence(random, 8, 16) : Capitalise(Sentence(random, words, 5, 12)))}\"\n");
            header.Append(CultureInfo.InvariantCulture, $"language: {(chinese ? "zh-Hans" : "en")}\n");
            header.Append(CultureInfo.InvariantCulture, $"publisher: \"{Capitalise(Sentence(random, words, 1, 3))} {(chinese ? "日报" : "Times")}\"\n");
            header.Append(CultureInfo.InvariantCulture, $"published: {new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n");
            header.Append(CultureInfo.InvariantCulture, $"kind: {Pick(random, Kinds)}\n");
            header.Append(CultureInfo.InvariantCulture, $"tags: [{Pick(random, DomainWords)}, {Pick(random, DomainWords)}-{random.Next(20)}]\n");
            var next = 0;
            header.Append("bias:\n");
            header.Append(CultureInfo.InvariantCulture, $"  perspective: {Pick(random, ["pro-china", "pro-us", "neutral", "mixed", "unclear"])}\n");
            header.Append(CultureInfo.InvariantCulture, $"  summary: \"{Capitalise(Sentence(random, words, 20, 40))}.\"\n");
            header.Append("  signals:\n");
            for (var i = 0; i < 2 && next < once.Count; i++, next++)
            {
                header.Append(CultureInfo.InvariantCulture, $"    - quote: \"{once[next]}\"\n");
                header.Append(CultureInfo.InvariantCulture, $"      kind: {Pick(random, SignalKinds)}\n");
                header.Append(CultureInfo.InvariantCulture, $"      note: \"{Capitalise(Sentence(random, words, 6, 16))}.\"\n");
            }
            header.Append("claims:\n");
            for (var a = 0; a < shape.Annotations && next < once.Count; a++, next++)
            {
                header.Append(CultureInfo.InvariantCulture, $"  - claim: {claimIds[random.Next(claimIds.Length)]}\n");
                header.Append(CultureInfo.InvariantCulture, $"    quote: \"{once[next]}\"\n");
                header.Append(CultureInfo.InvariantCulture, $"    stance: {Pick(random, Stances)}\n");
                if (random.Next(2) == 0)
                {
                    header.Append(CultureInfo.InvariantCulture, $"    note: \"{Capitalise(Sentence(random, words, 5, 14))}.\"\n");
                }
            }
            if (count > 1)
            {
                var other = (s + 1 + random.Next(count - 1)) % count;
                header.Append("related:\n");
                header.Append(CultureInfo.InvariantCulture, $"  - source: source-{other:D5}\n");
                header.Append(CultureInfo.InvariantCulture, $"    relation: {Pick(random, Relations)}\n");
                header.Append(CultureInfo.InvariantCulture, $"    note: \"{Capitalise(Sentence(random, words, 6, 16))}.\"\n");
            }
            header.Append("---\n");
            File.WriteAllText(Path.Combine(sourcesDir, id + ".md"), header + text, Utf8);
        }
    }

    private static void Shuffle(Random random, List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string[] MakeVocabulary(Random random, int count)
    {
        var set = new HashSet<string>(DomainWords, StringComparer.Ordinal);
        while (set.Count < count)
        {
            var n = random.Next(2, 5);
            var sb = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            set.Add(sb.ToString());
        }

        return [.. set];
    }

    /// <summary>A word with a Zipf-like distribution: a few words are common, most are rare.</summary>
    private static string Word(Random random, string[] words)
    {
        var u = random.NextDouble();
        var index = (int)(Math.Pow(u, 3) * words.Length);
        return words[Math.Min(index, words.Length - 1)];
    }

    private static string Sentence(Random random, string[] words, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Word(random, words)));

    private static string Paragraph(Random random, string[] words, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Capitalise(Sentence(random, words, 8, 22)) + "."));

    private static string ChineseSentence(Random random, int min, int max)
    {
        var n = random.Next(min, max + 1);
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append(ChineseCharacters[random.Next(ChineseCharacters.Length)]);
        }

        return sb.ToString();
    }

    private static string ChineseParagraph(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(3, 7)).Select(_ => ChineseSentence(random, 12, 30) + "。"));

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
