using System.Text;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Tests.Preview;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Hostile;

/// <summary>The hostile inputs that are not a site folder: arguments, a preview's Host header, a save under serve, a flood of misses.</summary>
public sealed class HostileCommandTests
{
    public static TheoryData<string[]> EmptyArguments() => new()
    {
        new[] { "build", "" },
        new[] { "check", "" },
        new[] { "build", "{site}", "--output", "" },
        new[] { "build", "{site}", "--output=" },
        new[] { "build", "{site}", "--base-url", "" },
        new[] { "new", "source", "x", "" },
        new[] { "new", "claim", "", "{site}" },
        new[] { "quote", "s", "", "{site}" },
        new[] { "build", "{site}", "--", "" },
    };

    [Theory]
    [MemberData(nameof(EmptyArguments))]
    public void An_empty_argument_is_a_usage_error(string[] args)
    {
        using var site = TempSite.Empty();
        var run = Rea.Invoke([.. args.Select(a => a.Replace("{site}", site.Path, StringComparison.Ordinal))]);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Path));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("")]
    [InlineData("[::1]:1")]
    [InlineData("0.0.0.0:{port}")]
    public async Task The_preview_answers_only_loopback_host_names(string host)
    {
        using var site = TempSite.CopyOf(Path.Combine(HostileSite.CasesFolder, "links-after-autolink"));
        File.Copy(Path.Combine(RepoPaths.TestsFolder, "Contract", "Cases", "_default.site.config.yml"), Path.Combine(site.Path, "site.config.yml"));
        await using var preview = await RunningPreview.StartAsync(site.Path);
        var port = preview.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, body) = await preview.RawGetAsync("/", host.Replace("{port}", port, StringComparison.Ordinal));
        Assert.Equal(421, status);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);

        foreach (var good in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LOCALHOST:{port}", $"[::1]:{port}", "localhost" })
        {
            Assert.Equal(200, (await preview.RawGetAsync("/", good)).Status);
        }
    }

    [Fact]
    public async Task A_save_nested_past_the_limit_is_reported_and_the_preview_keeps_serving()
    {
        using var hostile = new HostileSite("links-after-autolink");
        await using var preview = await RunningPreview.StartAsync(hostile.Site.Path);
        using var http = new HttpClient { BaseAddress = preview.Address, Timeout = Timeout.InfiniteTimeSpan };
        await using var events = await EventStream.OpenAsync(http);
        Assert.Equal("hello", (await events.NextAsync()).Name);

        // Emphasis nested 50,000 deep overflowed the stack (uncatchable) and ended the preview.
        hostile.Site.Write("content/claims/c.md", "---\nid: c\nstatement: C.\n---\n" + new string('*', 100_000) + "a" + new string('*', 100_000) + "\n");
        var errors = await events.NextAsync();
        Assert.True(errors.Failed);
        Assert.Contains(errors.Errors, e => e.StartsWith("content/claims/c.md(1,1): error REA109: ", StringComparison.Ordinal));
        Assert.Equal(200, (await preview.RawGetAsync("/")).Status);
    }

    [Fact]
    public void A_thousand_missing_quotes_against_a_long_text_are_each_named_with_suggestions_for_the_first_only()
    {
        // 1 MB of text and 1,000 quotes that are nowhere in it: each closest-passage search reads the whole text,
        // so without a budget this is minutes of work; with it, every miss is still reported.
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.TestsFolder, "Contract", "Cases", "_default.site.config.yml"), Path.Combine(site.Path, "site.config.yml"));
        var random = new Random(8);
        string[] words = ["rare", "earth", "magnet", "export", "quota", "refining", "supply", "chain", "minister", "tonnes", "price"];
        var body = new StringBuilder();
        while (body.Length < 1_000_000)
        {
            for (var i = 0; i < 60; i++)
            {
                body.Append(words[random.Next(words.Length)]).Append(' ');
            }
            body.Append(".\n\n");
        }
        var claims = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            claims.Append($"  - claim: c\n    quote: \"absent passage number {i}\"\n    stance: mentions\n");
        }
        site.Write("content/claims/c.md", "---\nid: c\nstatement: C.\n---\n");
        site.Write("content/sources/s.md", $"---\nid: s\ntitle: S\nlanguage: en\npublisher: P\nkind: news\nclaims:\n{claims}---\n{body}");

        var run = Rea.Invoke("check", site.Path);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        var misses = run.ErrorLines.Where(l => l.Contains("error REA401", StringComparison.Ordinal)).ToList();
        Assert.Equal(1000, misses.Count);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Contains($"\"absent passage number {i}\"", misses[i], StringComparison.Ordinal);
        }
        var suggested = misses.Count(m => m.Contains("closest passage (line", StringComparison.Ordinal));
        Assert.InRange(suggested, 0, ArchiveValidator.MaxSuggestions);
        Assert.InRange((long)suggested * 1_000_000, 0, ArchiveValidator.SuggestionBudget);
    }
}
