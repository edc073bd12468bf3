using AngleSharp.Html.Parser;
using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RareEarthArchive.Tests.Workflows;

/// <summary>
/// The Action run for real: its steps, taken from action.yml, run as a runner runs them (<see cref="CompositeActionRun"/>)
/// with a copy of this repository as the action's checkout (what <c>uses: owner/repo@vX.Y.Z</c> checks out)
/// and an archive fresh from <c>rea init</c> as the workspace, with the <c>with:</c> of the workflows init wrote. No
/// package of rea is published anywhere this test can reach: the Action must make it from its checkout.
/// </summary>
public sealed partial class WorkflowTests
{
    private const string PagesBaseUrl = "https://someone.github.io/bees";

    [Fact]
    public void The_action_packs_rea_from_its_checkout_and_runs_the_new_archives_check_and_build()
    {
        using var temp = TempSite.Empty();
        var (checkout, workspace, runnerTemp) = ActionFolders(temp.Path);
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", workspace, "--title", "Bee Decline Archive").ExitCode);
        var environment = CompositeActionRun.MachineEnvironment();

        // The pull-request workflow's step, as init wrote it: .NET is here already, so the Action does not set it up.
        var check = CompositeActionRun.Run(checkout, workspace, runnerTemp, ReaStepWith(workspace, "pr.yml", "check"), environment);
        Assert.True(check is { ExitCode: 0, StoppedAt: null }, check.ToString());
        AssertLogged(check, $"rea {ToolVersion.Value} is this action's own version: packing it from {checkout}\n");
        AssertLogged(check, $"was successfully installed.\n{ToolVersion.Value}\n"); // rea --version, then the check
        AssertLogged(check, "\ncheck passed: no problems found\n");
        Assert.True(File.Exists(Path.Combine(runnerTemp, $"rea-{ToolVersion.Value}", "rea")), "installed as a tool");

        // A broken quote: the step fails with the problem as an annotation on its line and a row in the job summary,
        // and the tool installed by the first use is reused.
        var source = Path.Combine(workspace, "content", "sources", "example-source.md");
        var text = File.ReadAllText(source);
        File.WriteAllText(source, text.Replace("quote: \"Each claim gets a page", "quote: \"Each claim gets no page", StringComparison.Ordinal));
        var broken = CompositeActionRun.Run(checkout, workspace, runnerTemp, ReaStepWith(workspace, "pr.yml", "check"), environment);
        Assert.Equal(ExitCodes.ContentErrors, broken.ExitCode);
        AssertLogged(broken, "::error file=content/sources/example-source.md,line=22,");
        Assert.Contains("REA401", broken.Summary, StringComparison.Ordinal);
        Assert.False(broken.Log.Contains("packing it", StringComparison.Ordinal), broken.ToString());
        File.WriteAllText(source, text);

        // The Pages workflow's step, with the base URL configure-pages would give: the site lands where the artifact
        // step uploads from, and says so in the Action's output.
        var build = CompositeActionRun.Run(checkout, workspace, runnerTemp, ReaStepWith(workspace, "pages.yml", "build"), environment);
        Assert.True(build is { ExitCode: 0, StoppedAt: null }, build.ToString());
        Assert.Equal(Path.Combine(workspace, "_site"), build.Outputs["output"]);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(workspace, "_site", "index.html")));
        Assert.Equal("Bee Decline Archive", home.Title);
        Assert.Equal(ToolVersion.Generator, home.QuerySelector("meta[name=generator]")!.GetAttribute("content"));
        Assert.NotNull(home.QuerySelector("a[href='/bees/sources/example-source/']"));
    }

    [Fact]
    public void The_action_sets_up_dotnet_from_its_global_json_only_when_the_job_has_none()
    {
        using var temp = TempSite.Empty();
        var (checkout, workspace, runnerTemp) = ActionFolders(temp.Path);
        Directory.CreateDirectory(workspace);
        var environment = CompositeActionRun.MachineEnvironment();
        environment["PATH"] = Path.Combine(temp.Path, "empty");

        var run = CompositeActionRun.Run(checkout, workspace, runnerTemp, new Dictionary<string, string>(), environment);
        Assert.True(run.StoppedAt is not null, run.ToString());
        Assert.Equal("actions/setup-dotnet@v6", run.StoppedAt.Uses);
        Assert.Equal([("global-json-file", Path.Combine(checkout, "global.json"))], run.StoppedAt.With.Select(w => (w.Key, w.Value)));
    }

    [Fact]
    public void A_version_that_is_neither_the_actions_own_nor_to_be_had_from_a_feed_is_an_error_that_says_what_to_pin()
    {
        using var temp = TempSite.Empty();
        var (checkout, workspace, runnerTemp) = ActionFolders(temp.Path);
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", workspace).ExitCode);
        var manifest = Path.Combine(workspace, ".config", "dotnet-tools.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"{ToolVersion.Value}\"", "\"0.0.1-missing\"", StringComparison.Ordinal));
        // The package sources of this workspace: one empty folder (nuget.org is not asked, so the test needs no network).
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty-feed"));
        File.WriteAllText(Path.Combine(workspace, "nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"empty\" value=\"{Path.Combine(temp.Path, "empty-feed")}\" /></packageSources></configuration>\n");

        var run = CompositeActionRun.Run(checkout, workspace, runnerTemp, ReaStepWith(workspace, "pr.yml", "check"), CompositeActionRun.MachineEnvironment());
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        AssertLogged(run, $"::error title=rea action::rea 0.0.1-missing could not be installed from nuget.org, and this action is rea {ToolVersion.Value}: pin the action at the manifest's version (uses: …@v0.0.1-missing)");
        Assert.False(run.Log.Contains("packing it", StringComparison.Ordinal), run.ToString());
    }

    private static void AssertLogged(CompositeActionRun.Result run, string text) =>
        Assert.True(run.Log.Contains(text, StringComparison.Ordinal), $"not in the log: {text}\n{run}");

    /// <summary>
    /// The action's checkout (<see cref="RepoPaths.CheckoutFiles"/>), the workspace and the runner's temp folder, side by side in <paramref name="root"/>.
    /// </summary>
    private static (string Checkout, string Workspace, string RunnerTemp) ActionFolders(string root)
    {
        var checkout = Path.Combine(root, "action");
        foreach (var file in RepoPaths.CheckoutFiles())
        {
            var target = Path.Combine(checkout, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Root, file), target);
        }
        var runnerTemp = Path.Combine(root, "runner-temp");
        Directory.CreateDirectory(runnerTemp);
        return (checkout, Path.Combine(root, "workspace"), runnerTemp);
    }

    /// <summary>The <c>with:</c> of the rea step in a workflow rea init wrote, with what configure-pages would output.</summary>
    private static Dictionary<string, string> ReaStepWith(string workspace, string workflow, string mode)
    {
        var jobs = Map(LoadFile(Path.Combine(workspace, ".github", "workflows", workflow)), "jobs");
        var step = Assert.Single(jobs.Children.Values.Cast<YamlMappingNode>().SelectMany(Steps), s => ReaStep(s, mode));
        return ((YamlMappingNode)step.Children[new YamlScalarNode("with")]).Children.ToDictionary(
            c => ((YamlScalarNode)c.Key).Value!,
            c => ((YamlScalarNode)c.Value).Value!.Replace("${{ steps.pages.outputs.base_url }}", PagesBaseUrl, StringComparison.Ordinal),
            StringComparer.Ordinal);
    }
}
