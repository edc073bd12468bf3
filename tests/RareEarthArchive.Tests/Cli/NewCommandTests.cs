using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Tests.Support;

// Not "Tests.Cli": that namespace would shadow RareEarthArchive.Cli for every "Cli." reference in the test project.
namespace RareEarthArchive.Tests.CliCommands;

public sealed class NewCommandTests
{
    [Theory]
    [InlineData("source", "content/sources/reuters-2025-07-03.md", new[] { "title", "publisher", "kind" })]
    [InlineData("claim", "content/claims/new-claim.md", new[] { "statement" })]
    public void A_new_file_fails_check_only_on_its_todos_and_passes_once_they_are_filled(string kind, string path, string[] todos)
    {
        using var site = TempSite.CopyOfRealArchive();
        var id = Path.GetFileNameWithoutExtension(path);
        var run = Rea.Invoke("new", kind, id, site.Path);
        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Contains($"wrote {path}", run.Out, StringComparison.Ordinal);

        var text = site.Read(path);
        var lines = text.Split('\n');
        Assert.Equal("---", lines[0]);
        Assert.Equal($"# yaml-language-server: $schema=../../schemas/{kind}.schema.json", lines[1]);
        Assert.Equal($"id: {id}", lines[2]);

        // Before: exactly one error per TODO, each on its own line of the new file.
        var check = Rea.Invoke("check", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, check.ExitCode);
        var errors = check.ErrorLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(todos.Length, errors.Count);
        foreach (var key in todos)
        {
            var line = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 1;
            Assert.Contains($"{path}({line},1): error REA201: ", errors.Single(e => e.EndsWith($"'{key}'", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains("# TODO", lines[line - 1], StringComparison.Ordinal);
        }

        // After filling the obvious TODOs (and nothing else): passes.
        var filled = string.Join('\n', lines.Select(l => l switch
        {
            _ when l.StartsWith("title:", StringComparison.Ordinal) => "title: \"Rare earths: a headline, with a colon\"",
            _ when l.StartsWith("publisher:", StringComparison.Ordinal) => "publisher: Reuters",
            _ when l.StartsWith("kind:", StringComparison.Ordinal) => "kind: news",
            _ when l.StartsWith("statement:", StringComparison.Ordinal) => "statement: Something is the case.",
            _ => l,
        }));
        site.Write(path, filled);
        var after = Rea.Invoke("check", site.Path);
        Assert.True(after.ExitCode == ExitCodes.Success, after.Error);
    }

    [Fact]
    public void Uncommenting_an_optional_block_gives_a_real_key()
    {
        // The commented keys are the format's own: every one, uncommented, is a key the reader knows.
        using var site = TempSite.CopyOfRealArchive();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("new", "source", "optional-keys", site.Path).ExitCode);
        var text = site.Read("content/sources/optional-keys.md");
        foreach (var key in new[] { "original_title", "author", "url", "published", "tags", "archive", "retrieved", "from", "notes", "bias", "perspective", "commercial_interest", "summary", "signals", "claims", "claim", "quote", "stance", "value", "note", "related", "source", "relation" })
        {
            Assert.Matches($@"(?m)^#\s+(- )?{key}:", text);
        }
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var site = TempSite.CopyOfRealArchive();
        var path = "content/claims/china-april-2025-rare-earth-export-controls.md";
        var before = site.Read(path);
        var run = Rea.Invoke("new", "claim", "china-april-2025-rare-earth-export-controls", site.Path);
        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Equal($"error: {path} already exists; it was left as it is (choose another id, or edit that file)\n", run.Error);
        Assert.Equal(before, site.Read(path));
    }

    [Theory]
    [InlineData("source", "Bad_Id")]
    [InlineData("claim", "trailing-")]
    [InlineData("claim", "../escape")]
    public void A_bad_id_is_a_usage_error_and_writes_nothing(string kind, string id)
    {
        using var site = TempSite.Empty();
        var run = Rea.Invoke("new", kind, id, site.Path);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"error: '{id}' is not a valid id", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Path));
    }

    [Theory]
    [InlineData("page", "x")]
    [InlineData("source")]
    public void An_unknown_kind_or_missing_id_is_a_usage_error(params string[] args)
    {
        var run = Rea.Invoke(["new", .. args]);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("usage: rea new source|claim ID [SITE_DIR]", run.Error, StringComparison.Ordinal);
    }
}
