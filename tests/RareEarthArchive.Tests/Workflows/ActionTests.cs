using System.Text.RegularExpressions;
using RareEarthArchive.Cli;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RareEarthArchive.Tests.Workflows;

/// <summary>The reusable Action (action.yml) against the CLI it drives, and the workflows rea init writes, which use it.</summary>
public sealed partial class WorkflowTests
{
    /// <summary>build options the Action leaves to rea's defaults on purpose: a runner's core count is the right thread count.</summary>
    private static readonly string[] NotInputs = ["threads", "quiet", "verbose"];

    private static bool IsReaAction(string uses) => uses.Split('@')[0] == ToolIdentity.Action.Split('@')[0];

    [Fact]
    public void The_action_inputs_are_the_cli_options_and_the_script_passes_each_one()
    {
        var action = LoadFile(Path.Combine(RepoPaths.Root, "action.yml"));
        Assert.Equal("composite", Scalar(Map(action, "runs"), "using"));
        var inputs = Map(action, "inputs");
        var names = inputs.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();
        var commands = new CliApp(new StringConsole()).Commands.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var build = commands["build"];
        var script = Assert.Single(Steps(Map(action, "runs")), s => Scalar(s, "id") == "rea");
        var run = Run(script)!;
        var env = Map(script, "env");

        // Every value option of build (but the ones left to defaults) is an input that says which option it is,
        // reaches the script through env, and is passed on as that option.
        var options = build.Options.Where(o => o.TakesValue && !NotInputs.Contains(o.Name)).Select(o => o.Name).ToList();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            Assert.Contains(option, names);
            Assert.Contains($"rea's --{option}", Scalar(Map(inputs, option), "description"), StringComparison.Ordinal);
            var variable = "REA_" + option.Replace('-', '_').ToUpperInvariant();
            Assert.Equal($"${{{{ inputs.{option} }}}}", Scalar(env, variable));
            Assert.Matches(new Regex($@"args\+=\(--{option} ""\$(REA_{option.Replace('-', '_').ToUpperInvariant()}|{option})""\)"), run);
        }
        // The rest: the site folder (build's and check's SITE_DIR), the mode (the commands) and the tool version.
        Assert.Equal([.. options.Append("mode").Append("site").Append("tool-version").Order(StringComparer.Ordinal)], names.Order(StringComparer.Ordinal));
        Assert.Contains("rea's SITE_DIR", Scalar(Map(inputs, "site"), "description"), StringComparison.Ordinal);
        Assert.StartsWith("build [SITE_DIR]", build.Usage, StringComparison.Ordinal);
        Assert.StartsWith("check [SITE_DIR]", commands["check"].Usage, StringComparison.Ordinal);
        var modes = Regex.Match(run, @"case ""\$REA_MODE"" in ([a-z|]+)\)").Groups[1].Value.Split('|');
        Assert.Equal(["check", "build"], modes);
        Assert.All(modes, m => Assert.True(commands.ContainsKey(m), m));
        Assert.Equal("check", Scalar(Map(inputs, "mode"), "default"));
        Assert.Equal("manifest", Scalar(Map(inputs, "tool-version"), "default"));
        // It installs the package the project file names (ActionRunTests installs and runs it), and no input is
        // pasted into the script (an input is text, not shell).
        Assert.Contains("-getProperty:PackageId", run, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install \"$package\"", run, StringComparison.Ordinal);
        Assert.DoesNotContain("${{", run, StringComparison.Ordinal);
        AssertCurrentMajors(Steps(Map(action, "runs")));
    }

    [Fact]
    public void The_workflows_rea_init_writes_check_pull_requests_and_deploy_pages_through_the_action()
    {
        using var temp = TempSite.Empty();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", temp.Path).ExitCode);
        var inputs = Map(LoadFile(Path.Combine(RepoPaths.Root, "action.yml")), "inputs").Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).ToHashSet();

        var pr = LoadFile(Path.Combine(temp.Path, ".github", "workflows", "pr.yml"));
        Assert.True(Map(pr, "on").Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.False(Map(pr, "on").Children.ContainsKey(new YamlScalarNode("pull_request_target")));
        Assert.Equal([("contents", "read")], Pairs(Map(pr, "permissions")));
        var check = Steps(Map(Map(pr, "jobs"), "check"));
        Assert.Equal(
            [Index(check, s => Uses(s) == "actions/checkout"), Index(check, s => ReaStep(s, "check"))],
            [0, 1]);
        AssertCurrentMajors(check);

        var pages = LoadFile(Path.Combine(temp.Path, ".github", "workflows", "pages.yml"));
        Assert.Equal([("contents", "read"), ("id-token", "write"), ("pages", "write")], Pairs(Map(pages, "permissions")).Order());
        var build = Steps(Map(Map(pages, "jobs"), "build"));
        var order = new[]
        {
            Index(build, s => Uses(s) == "actions/checkout"),
            Index(build, s => Uses(s) == "actions/configure-pages" && Scalar(s, "id") == "pages"),
            Index(build, s => ReaStep(s, "build") && With(s, "base-url") == "${{ steps.pages.outputs.base_url }}/"),
            // _site is where the Action's build writes when no output is given (BuildOptions' default).
            Index(build, s => Uses(s) == "actions/upload-pages-artifact" && With(s, "path") == "_site"),
        };
        Assert.Equal(order.Order(), order);
        Assert.Equal(Path.Combine(temp.Path, "_site"), new BuildOptions(temp.Path).ResolvedOutputDirectory);
        AssertCurrentMajors(build);
        var deploy = Map(Map(pages, "jobs"), "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Index(Steps(deploy), s => Uses(s) == "actions/deploy-pages" && Scalar(s, "id") == "deployment");

        // Every rea step names only inputs the Action has, at this tool's release tag.
        foreach (var step in check.Concat(build).Where(s => Scalar(s, "uses") is { } u && IsReaAction(u)))
        {
            Assert.Equal(ToolIdentity.Action, Scalar(step, "uses"));
            var with = (YamlMappingNode)step.Children[new YamlScalarNode("with")];
            Assert.All(with.Children.Keys.Cast<YamlScalarNode>(), k => Assert.Contains(k.Value, inputs));
        }
        Assert.EndsWith("@v" + ToolVersion.Value, ToolIdentity.Action, StringComparison.Ordinal);
    }

    private static bool ReaStep(YamlMappingNode step, string mode) =>
        Scalar(step, "uses") is { } uses && IsReaAction(uses) && With(step, "mode") == mode;
}

public sealed partial class WorkflowTests
{
    [Fact]
    public void The_release_workflow_checks_the_tag_tests_packs_and_attaches_the_package_and_its_checksum()
    {
        var workflow = Load("release.yml");
        var tags = (YamlSequenceNode)Map(Map(workflow, "on"), "push").Children[new YamlScalarNode("tags")];
        Assert.Equal(["v*"], tags.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal([("contents", "write")], Pairs(Map(workflow, "permissions")));
        var steps = Steps(Map(Map(workflow, "jobs"), "release"));
        var order = new[]
        {
            Index(steps, s => Uses(s) == "actions/checkout"),
            Index(steps, s => Uses(s) == "actions/setup-dotnet" && With(s, "global-json-file") == "global.json"),
            Index(steps, s => Run(s)?.StartsWith("npm ci", StringComparison.Ordinal) == true),
            Index(steps, s => Run(s) == "test \"v$(dotnet msbuild src/RareEarthArchive.Cli -getProperty:Version)\" = \"$GITHUB_REF_NAME\""),
            Index(steps, s => Run(s) == ReadmeCommand("## Run the tests")),
            Index(steps, s => Run(s) == "dotnet pack src/RareEarthArchive.Cli -c Release -o dist"),
            Index(steps, s => Run(s) == "sha256sum *.nupkg > SHA256SUMS" && Scalar(s, "working-directory") == "dist"),
            Index(steps, s => Run(s)?.StartsWith("gh release create \"$GITHUB_REF_NAME\" dist/*.nupkg dist/SHA256SUMS", StringComparison.Ordinal) == true),
        };
        Assert.Equal(order.Order(), order);
        AssertCurrentMajors(steps);
        // The version the tag must match is the one the tool reports.
        Assert.Contains($"<Version>{ToolVersion.Value}</Version>", File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props")), StringComparison.Ordinal);
    }
}
