using System.Diagnostics;

namespace RareEarthArchive.Bench;

/// <summary>Runs Node.js with arguments and returns its standard output; a non-zero exit is an exception with its standard error.</summary>
internal static class NodeProcess
{
    public static string Run(params IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException("node failed: " + stderr.Result);
    }
}
