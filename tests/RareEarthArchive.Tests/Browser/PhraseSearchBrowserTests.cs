using System.Text.Json;
using System.Text.RegularExpressions;
using RareEarthArchive.Site.Search;

namespace RareEarthArchive.Tests.Browser;

/// <summary>Issue 11's search points in Chromium: quoted phrases match as phrases, snippets come from the part that matched.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhraseSearchBrowserTests(ChromiumFixture chromium, ServedSeedSite served) : IClassFixture<ServedSeedSite>
{
    [Fact]
    public async Task A_quoted_phrase_keeps_only_the_texts_that_have_its_words_together()
    {
        const string Phrase = "rare earth card";
        // Expected from documents.json's own text, with the page's normalisation (case, punctuation and spacing).
        using var documents = served.Site.Json(SearchIndexOutputs.DocumentsPath);
        var expected = documents.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => Normalize(string.Join(" ", d.GetProperty("doc").EnumerateObject().Where(f => f.Name != "ref").Select(f => f.Value.GetString()))).Contains(" " + Phrase + " ", StringComparison.Ordinal))
            .Select(d => d.GetProperty("doc").GetProperty("ref").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(expected);

        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(served.Server.Url("search/?q=" + Uri.EscapeDataString(Phrase)));
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", Phrase);
        var loose = await page.EvaluateAsync<int>("window.reaSearch.total");

        await page.FillAsync("#search-q", "\"" + Phrase + "\"");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", "\"" + Phrase + "\"");
        var total = await page.EvaluateAsync<int>("window.reaSearch.total");
        var refs = await page.EvaluateAsync<string[]>("window.reaSearch.results.map(r => r.ref)");
        Assert.Equal(expected.Count, total);
        Assert.True(total < loose, $"phrase {total} results, words {loose}");
        Assert.Subset(expected, refs.ToHashSet(StringComparer.Ordinal));
        Assert.Contains("matched as a phrase", await page.TextContentAsync("#search-status") ?? "", StringComparison.Ordinal);
        session.Probe.AssertClean();
    }

    [Fact]
    public async Task Snippets_show_the_part_of_a_source_that_matched_with_its_words_marked()
    {
        // A word that occurs in a source's text only after its first 280 characters.
        using var documents = served.Site.Json(SearchIndexOutputs.DocumentsPath);
        var (docRef, word) = documents.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("doc").GetProperty("ref").GetString()!.StartsWith('s'))
            .Select(d => (Ref: d.GetProperty("doc").GetProperty("ref").GetString()!, Body: d.GetProperty("doc").GetProperty("body").GetString()!))
            .SelectMany(d => Words().Matches(d.Body[1500..]).Select(m => (d.Ref, Word: m.Value.ToLowerInvariant())))
            .First(c => Occurrences(documents, c.Word) == 1);

        await using var session = await chromium.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(served.Server.Url("search/?q=" + Uri.EscapeDataString(word)));
        await page.WaitForFunctionAsync("q => document.getElementById('search-results').dataset.query === q", word);
        var snippet = page.Locator($"#search-results li[data-ref='{docRef}'] .search-result-snippet");
        var text = await snippet.TextContentAsync() ?? "";
        Assert.StartsWith("… ", text, StringComparison.Ordinal);
        Assert.Contains(word, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(await snippet.Locator("mark").AllTextContentsAsync(), m => m.Equals(word, StringComparison.OrdinalIgnoreCase));
        // Marks are elements the page made; the text inside stays text.
        Assert.Equal(0, await snippet.Locator("*:not(mark)").CountAsync());
        session.Probe.AssertClean();
    }

    private static int Occurrences(JsonDocument documents, string word) =>
        documents.RootElement.GetProperty("documents").EnumerateArray().Count(d =>
            d.GetProperty("doc").EnumerateObject().Any(f => f.Name != "ref" && Regex.IsMatch(f.Value.GetString() ?? "", $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase)));

    private static string Normalize(string text) => " " + NonWord().Replace(text.ToLowerInvariant(), " ") + " ";

    [GeneratedRegex(@"[^\p{L}\p{N}\p{M}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\b[A-Za-z]{9,}\b")]
    private static partial Regex Words();
}
