using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Init;

/// <summary>
/// The released form: the tool packed as the release workflow packs it, installed from a local folder feed the way
/// a user installs a downloaded .nupkg, then run outside the repository to start and build an archive.
/// </summary>
public sealed class PackedToolTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_folder_feed_and_runs_init_and_build_outside_the_repository()
    {
        using var temp = TempSite.Empty();
        var feed = Path.Combine(temp.Path, "feed");
        // The assemblies this test runs against, packed as they are (the configuration is this test build's own).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "RareEarthArchive.Cli"), "--no-build", "-c", configuration, "-o", feed], RepoPaths.Root);
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal($"{ToolIdentity.PackageId}.{ToolVersion.Value}.nupkg", Path.GetFileName(package), ignoreCase: true);
        AssertMetadata(package);

        var tools = Path.Combine(temp.Path, "tools");
        // An empty package cache: NuGet would install a cached package of the same version (packed from another commit).
        Run("dotnet", ["tool", "install", ToolIdentity.PackageId, "--version", ToolVersion.Value, "--tool-path", tools, "--add-source", feed, "--ignore-failed-sources"], temp.Path,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages") });
        var rea = Path.Combine(tools, OperatingSystem.IsWindows() ? "rea.exe" : "rea");
        var work = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(work);
        Assert.Equal(ToolVersion.Value + "\n", Run(rea, ["--version"], work).ReplaceLineEndings("\n"));
        Assert.StartsWith("created ", Run(rea, ["init", "bees", "--title", "Bee Decline Archive"], work), StringComparison.Ordinal);
        Assert.StartsWith("built 10 pages", Run(rea, ["build", "bees", "--base-url", "https://someone.github.io/bees/"], work), StringComparison.Ordinal);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(work, "bees", "_site", "index.html")));
        Assert.Equal("Bee Decline Archive", home.Title);
        Assert.Equal(ToolVersion.Generator, home.QuerySelector("meta[name=generator]")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(work, "bees", "_site", "assets", "lunr.min.js")), "the tool carries lunr.js");
    }

    private static void AssertMetadata(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "LICENSE", "README.md", "icon.png" }, entries);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        var licence = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal(("expression", Licences.CodeSpdx), (licence.Attribute("type")?.Value, licence.Value));
        Assert.Equal(ToolVersion.Value, Value("version"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal(ToolIdentity.RepositoryUrl, Value("projectUrl"));
        Assert.True(Value("description").Length > 80, "a description");
        Assert.Contains("static-site-generator", Value("tags").Split(' '));
    }

    private static string Run(string file, IReadOnlyList<string> args, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
