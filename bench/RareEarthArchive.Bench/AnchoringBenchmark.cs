using System.Diagnostics;
using System.Globalization;
using RareEarthArchive.Core.Anchoring;

namespace RareEarthArchive.Bench;

/// <summary>
/// `--anchoring`: the cost of quote anchoring on long archived texts (reader text of a 100 KB body, a quote
/// found, a quote not found with its closest passage), median of 5 after a warm-up.
/// </summary>
internal static class AnchoringBenchmark
{
    public static void Run()
    {
        Console.WriteLine($"Quote anchoring, {Environment.ProcessorCount} cores, .NET {Environment.Version}, median of 5");
        Console.WriteLine();
        Console.WriteLine("| body | reader text | quote found (120 chars) | not found, 80-char quote | not found, 2,000-char quote |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in new[] { 10_000, 100_000 })
        {
            var body = SyntheticProse.Write(size);
            var text = ReaderText.Parse(body);
            var start = text.Text.IndexOf(' ', text.Length / 3) + 1;
            var found = new TextQuote(text.Text.Substring(start, 120).TrimEnd(), text.Text.Substring(start - 40, 40));
            var missing80 = new TextQuote(new string('q', 40) + " " + new string('z', 40));
            var missing2000 = new TextQuote(new string('q', 1000) + " " + new string('z', 1000));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size / 1000} KB | {Median(() => ReaderText.Parse(body)):0.0} ms | {Median(() => QuoteAnchor.Find(text, found)):0.0} ms | {Median(() => QuoteAnchor.Find(text, missing80)):0.0} ms | {Median(() => QuoteAnchor.Find(text, missing2000)):0.0} ms |"));
        }
    }

    private static double Median(Func<object> action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(2);
    }
}
