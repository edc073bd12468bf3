using RareEarthArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RareEarthArchive.Tests.Workflows;

/// <summary>
/// The GitHub workflows, parsed: the steps, permissions and commands that make the pull-request gate and the
/// Pages deployment work, and the build and test commands being exactly the README's.
/// </summary>
public sealed partial class WorkflowTests
{
    // The current major of each action (docs/preview-and-publishing.md says where these come from).
    private static readonly Dictionary<string, string> Majors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = "v7",
        ["actions/setup-dotnet"] = "v6",
        ["actions/setup-node"] = "v7",
        ["actions/configure-pages"] = "v5",
        ["actions/upload-pages-artifact"] = "v5",
        ["actions/deploy-pages"] = "v5",
        ["actions/upload-artifact"] = "v7",
    };

    [Fact]
    public void The_readme_commands_are_the_ones_the_brief_fixes()
    {
        // If the README changes its commands on purpose, the workflows below must follow: this test says so.
        Assert.Equal("dotnet run --project src/RareEarthArchive.Cli -- build", ReadmeCommand("## Build the archive"));
        Assert.Equal("bash scripts/test.sh", ReadmeCommand("## Run the tests"));
    }

    [Fact]
    public void The_pull_request_workflow_restores_builds_tests_checks_and_builds_the_site()
    {
        var workflow = Load("pr.yml");
        var on = Map(workflow, "on");
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.False(on.Children.ContainsKey(new YamlScalarNode("pull_request_target")));
        Assert.Equal([("contents", "read")], Pairs(Map(workflow, "permissions")));

        var steps = Steps(Map(Map(workflow, "jobs"), "check"));
        var order = new[]
        {
            Index(steps, s => Uses(s) == "actions/checkout"),
            Index(steps, s => Uses(s) == "actions/setup-dotnet" && With(s, "global-json-file") == "global.json"),
            Index(steps, s => Uses(s) == "actions/setup-node" && With(s, "cache") == "npm"),
            Index(steps, s => Run(s)?.StartsWith("npm ci", StringComparison.Ordinal) == true),
            Index(steps, s => Run(s) is { } r && r.Contains("apt-get install", StringComparison.Ordinal) && r.Contains("chromium", StringComparison.Ordinal)),
            Index(steps, s => Run(s) == "dotnet restore RareEarthArchive.sln"),
            Index(steps, s => Run(s)?.StartsWith("dotnet build RareEarthArchive.sln", StringComparison.Ordinal) == true),
            Index(steps, s => Run(s) == ReadmeCommand("## Run the tests")),
            // The screenshots the browser tests write (Browser/ReadingBrowserTests.cs), kept even when a test failed.
            Index(steps, s => Uses(s) == "actions/upload-artifact" && With(s, "path") == "TestResults/screenshots" && Scalar(s, "if") == "always()"),
            // The check runs through the repository's own Action, with rea built from this checkout.
            Index(steps, s => Uses(s) == "./" && With(s, "mode") == "check" && With(s, "tool-version") == "source"),
            Index(steps, s => Run(s) == ReadmeCommand("## Build the archive")),
        };
        Assert.Equal(order.Order(), order);
        AssertCurrentMajors(steps);
    }

    [Fact]
    public void The_pages_workflow_deploys_the_default_branch_with_the_base_url_from_configure_pages()
    {
        var workflow = Load("pages.yml");
        var on = Map(workflow, "on");
        Assert.Equal(["main"], ((YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")]).Select(n => ((YamlScalarNode)n).Value));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        Assert.Equal([("contents", "read"), ("id-token", "write"), ("pages", "write")], Pairs(Map(workflow, "permissions")).Order());
        Assert.Equal([("cancel-in-progress", "false"), ("group", "pages")], Pairs(Map(workflow, "concurrency")).Order());

        var jobs = Map(workflow, "jobs");
        var build = Steps(Map(jobs, "build"));
        var configure = Index(build, s => Uses(s) == "actions/configure-pages" && Scalar(s, "id") == "pages");
        // .NET and lunr.js are the Action's to set up (action.yml), so the job installs neither itself: once each.
        Assert.DoesNotContain(build, s => Uses(s) is "actions/setup-dotnet" or "actions/setup-node" || Run(s) is not null);
        var order = new[]
        {
            Index(build, s => Uses(s) == "actions/checkout"),
            configure,
            Index(build, s => Uses(s) == "./" && With(s, "mode") == "build" && With(s, "tool-version") == "source"
                && With(s, "base-url") == "${{ steps.pages.outputs.base_url }}/" && With(s, "site") is null && With(s, "output") is null),
            // _site is where that command writes (BuildOptions' default output).
            Index(build, s => Uses(s) == "actions/upload-pages-artifact" && With(s, "path") == "_site"),
        };
        Assert.Equal(order.Order(), order);
        AssertCurrentMajors(build);

        var deploy = Map(jobs, "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        var environment = Map(deploy, "environment");
        Assert.Equal("github-pages", Scalar(environment, "name"));
        Assert.Equal("${{ steps.deployment.outputs.page_url }}", Scalar(environment, "url"));
        var deploySteps = Steps(deploy);
        Index(deploySteps, s => Uses(s) == "actions/deploy-pages" && Scalar(s, "id") == "deployment");
        AssertCurrentMajors(deploySteps);
    }

    [Fact]
    public void The_build_command_writes_to_the_folder_the_artifact_uploads()
    {
        Assert.Equal(Path.Combine(RepoPaths.Root, "_site"), new RareEarthArchive.Site.Building.BuildOptions(RepoPaths.Root).ResolvedOutputDirectory);
    }

    private static void AssertCurrentMajors(IReadOnlyList<YamlMappingNode> steps)
    {
        foreach (var uses in steps.Select(s => Scalar(s, "uses")).OfType<string>().Where(u => u != "./" && !IsReaAction(u)))
        {
            var (action, version) = (uses.Split('@')[0], uses.Split('@')[1]);
            Assert.True(Majors.TryGetValue(action, out var major), $"{action} is not in the list of known actions");
            Assert.Equal(major, version);
        }
    }

    /// <summary>The first fenced block after a README heading, which must hold exactly one command line.</summary>
    private static string ReadmeCommand(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var at = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        Assert.True(at >= 0, $"README.md has no heading '{heading}'");
        var open = Array.FindIndex(lines, at + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        Assert.True(open > at && close > open, $"no fenced block after '{heading}'");
        var next = Array.FindIndex(lines, at + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.True(next < 0 || next > open, $"the first fenced block after '{heading}' is in another section");
        var body = lines[(open + 1)..close].Where(l => l.Trim().Length > 0).ToList();
        return Assert.Single(body).Trim();
    }

    private static YamlMappingNode Load(string name) => LoadFile(Path.Combine(RepoPaths.Root, ".github", "workflows", name));

    private static YamlMappingNode LoadFile(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map
            : throw new Xunit.Sdk.XunitException($"no mapping '{key}'");

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IReadOnlyList<(string, string)> Pairs(YamlMappingNode node) =>
        [.. node.Children.Select(c => (((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value!))];

    private static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>()];

    private static string? Uses(YamlMappingNode step) => Scalar(step, "uses")?.Split('@')[0];

    private static string? Run(YamlMappingNode step) => Scalar(step, "run")?.Trim();

    private static string? With(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with) ? Scalar((YamlMappingNode)with, key) : null;

    private static int Index(IReadOnlyList<YamlMappingNode> steps, Func<YamlMappingNode, bool> match)
    {
        var matches = steps.Select((s, i) => (s, i)).Where(x => match(x.s)).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one such step, found {matches.Count}");
        return matches[0].i;
    }
}
