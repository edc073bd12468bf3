using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace RareEarthArchive.Tests.Workflows;

/// <summary>
/// Runs a composite action (action.yml) on this machine the way a GitHub runner runs it: every <c>run:</c> step as
/// <c>bash --noprofile --norc -eo pipefail</c> in the workspace, with the step's <c>env:</c> filled in from the inputs
/// (the given <c>with:</c> over the defaults), <c>github.action_path</c> and earlier steps' outputs, and the runner's
/// own variables (GITHUB_ACTIONS, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, …). A <c>uses:</c> step cannot run
/// here: the run stops at the first one whose <c>if:</c> does not skip it and says which. Only the expressions the
/// action uses are understood; any other is an error, never a silent empty string.
/// </summary>
internal static partial class CompositeActionRun
{
    public sealed record Result(int ExitCode, string Log, IReadOnlyDictionary<string, string> Outputs, string Summary, UsesStep? StoppedAt)
    {
        public override string ToString() => $"exit {ExitCode}{(StoppedAt is null ? "" : $", stopped at uses: {StoppedAt.Uses}")}\n{Log}";
    }

    /// <summary>A <c>uses:</c> step the run reached, with its <c>with:</c> values filled in.</summary>
    public sealed record UsesStep(string Uses, IReadOnlyDictionary<string, string> With);

    /// <param name="environment">The runner's environment before GitHub's variables are added (PATH, HOME, …).</param>
    public static Result Run(string actionPath, string workspace, string runnerTemp, IReadOnlyDictionary<string, string> with, IReadOnlyDictionary<string, string> environment)
    {
        var action = Load(Path.Combine(actionPath, "action.yml"));
        var runs = Map(action, "runs");
        if (Scalar(runs, "using") != "composite")
        {
            throw new InvalidOperationException("not a composite action");
        }
        var declared = Map(action, "inputs").Children.ToDictionary(c => Text(c.Key), c => Scalar((YamlMappingNode)c.Value, "default") ?? "", StringComparer.Ordinal);
        var unknown = with.Keys.Where(k => !declared.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"inputs the action does not declare: {string.Join(", ", unknown)}");
        }
        var inputs = declared.ToDictionary(d => d.Key, d => with.GetValueOrDefault(d.Key, d.Value), StringComparer.Ordinal);
        var steps = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        string Expand(string text) => Expression().Replace(text, m => Evaluate(m.Groups[1].Value, inputs, actionPath, steps));

        var log = new System.Text.StringBuilder();
        var summary = Path.Combine(runnerTemp, "step-summary.md");
        File.AppendAllText(summary, "");
        var index = 0;
        foreach (var step in ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>())
        {
            index++;
            if (Scalar(step, "if") is { } condition && !Condition(condition, steps))
            {
                continue;
            }
            if (Scalar(step, "uses") is { } uses)
            {
                var values = step.Children.TryGetValue(new YamlScalarNode("with"), out var stepWith)
                    ? ((YamlMappingNode)stepWith).Children.ToDictionary(c => Text(c.Key), c => Expand(Text(c.Value)), StringComparer.Ordinal)
                    : [];
                return new Result(0, log.ToString(), new Dictionary<string, string>(), File.ReadAllText(summary), new UsesStep(uses, values));
            }
            if (Scalar(step, "shell") != "bash")
            {
                throw new InvalidOperationException($"step {index}: only shell: bash steps run here");
            }
            var script = Path.Combine(runnerTemp, $"step-{index}.sh");
            File.WriteAllText(script, Scalar(step, "run") ?? throw new InvalidOperationException($"step {index} has neither uses nor run"));
            var output = Path.Combine(runnerTemp, $"step-{index}.output");
            File.WriteAllText(output, "");
            var env = new Dictionary<string, string>(environment, StringComparer.Ordinal)
            {
                ["GITHUB_ACTIONS"] = "true",
                ["CI"] = "true",
                ["GITHUB_WORKSPACE"] = workspace,
                ["GITHUB_ACTION_PATH"] = actionPath,
                ["GITHUB_OUTPUT"] = output,
                ["GITHUB_STEP_SUMMARY"] = summary,
                ["RUNNER_TEMP"] = runnerTemp,
            };
            if (step.Children.TryGetValue(new YamlScalarNode("env"), out var stepEnv))
            {
                foreach (var (key, value) in ((YamlMappingNode)stepEnv).Children)
                {
                    env[Text(key)] = Expand(Text(value));
                }
            }
            var exit = Bash(script, workspace, env, Path.Combine(runnerTemp, $"step-{index}.log"), log);
            if (exit != 0)
            {
                // A failed step fails the composite action; the later steps do not run.
                return new Result(exit, log.ToString(), new Dictionary<string, string>(), File.ReadAllText(summary), null);
            }
            if (Scalar(step, "id") is { } id)
            {
                steps[id] = ReadOutputs(output);
            }
        }
        var outputs = action.Children.TryGetValue(new YamlScalarNode("outputs"), out var declaredOutputs)
            ? ((YamlMappingNode)declaredOutputs).Children.ToDictionary(c => Text(c.Key), c => Expand(Scalar((YamlMappingNode)c.Value, "value") ?? ""), StringComparer.Ordinal)
            : [];
        return new Result(0, log.ToString(), outputs, File.ReadAllText(summary), null);
    }

    /// <summary>The variables a runner's job has from the machine: what finds and runs dotnet, npm and git.</summary>
    public static Dictionary<string, string> MachineEnvironment()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "PATH", "HOME", "TMPDIR", "LANG", "DOTNET_ROOT", "NUGET_PACKAGES", "npm_config_cache" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                env[name] = value;
            }
        }
        // A job's processes end with the job; here no build server may outlive the run (or hold the log open).
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        env["UseSharedCompilation"] = "false";
        return env;
    }

    private static int Bash(string script, string workspace, IReadOnlyDictionary<string, string> env, string logFile, System.Text.StringBuilder log)
    {
        // Output goes to a file, not a pipe, so nothing a step leaves running can keep the test waiting.
        var info = new ProcessStartInfo("/bin/bash") { WorkingDirectory = workspace, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "exec >\"$1\" 2>&1; exec /bin/bash --noprofile --norc -eo pipefail \"$2\"", "step", logFile, script })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Clear();
        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in 8 minutes:\n{File.ReadAllText(logFile)}");
        }
        log.Append(File.ReadAllText(logFile));
        return process.ExitCode;
    }

    /// <summary>GITHUB_OUTPUT lines: <c>name=value</c>, or <c>name&lt;&lt;DELIMITER</c> … <c>DELIMITER</c>.</summary>
    private static Dictionary<string, string> ReadOutputs(string file)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Split("<<", 2) is [var name, var delimiter] && !name.Contains('=', StringComparison.Ordinal))
            {
                var end = Array.IndexOf(lines, delimiter, i + 1);
                outputs[name] = string.Join('\n', lines[(i + 1)..end]);
                i = end;
            }
            else if (lines[i].Split('=', 2) is [var key, var value])
            {
                outputs[key] = value;
            }
        }
        return outputs;
    }

    private static string Evaluate(string expression, IReadOnlyDictionary<string, string> inputs, string actionPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> steps)
    {
        if (Regex.Match(expression, @"^inputs\.([a-z0-9_-]+)$") is { Success: true } input)
        {
            return inputs.TryGetValue(input.Groups[1].Value, out var value) ? value : throw new InvalidOperationException($"no input {input.Groups[1].Value}");
        }
        if (expression == "github.action_path")
        {
            return actionPath;
        }
        if (Regex.Match(expression, @"^steps\.([a-z0-9_-]+)\.outputs\.([a-z0-9_-]+)$") is { Success: true } output)
        {
            // As on GitHub: a step that set no such output (or did not run) gives the empty string.
            return steps.TryGetValue(output.Groups[1].Value, out var set) ? set.GetValueOrDefault(output.Groups[2].Value, "") : "";
        }
        throw new NotSupportedException($"the expression '{expression}' is not one this local run understands");
    }

    private static bool Condition(string condition, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> steps)
    {
        var inner = Expression().Match(condition) is { Success: true } wrapped ? wrapped.Groups[1].Value : condition.Trim();
        var match = Regex.Match(inner, @"^steps\.([a-z0-9_-]+)\.outputs\.([a-z0-9_-]+) (==|!=) '([^']*)'$");
        if (!match.Success)
        {
            throw new NotSupportedException($"the condition '{condition}' is not one this local run understands");
        }
        var value = steps.TryGetValue(match.Groups[1].Value, out var set) ? set.GetValueOrDefault(match.Groups[2].Value, "") : "";
        return (value == match.Groups[4].Value) == (match.Groups[3].Value == "==");
    }

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex Expression();

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}
