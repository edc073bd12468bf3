using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// The one source a command names (<c>quote</c>, <c>hash</c>), loaded from a site folder. When it is missing or
/// fails to load, the reason is printed (its own diagnostics first) and the exit code is returned instead.
/// </summary>
internal static class SourceLookup
{
    public static (Source? Source, string Relative, int ExitCode) Find(ICommandConsole console, string siteFolder, string id)
    {
        var site = Path.GetFullPath(siteFolder);
        var relative = $"{ArchiveLoader.SourcesFolder}/{id}.md";
        if (!Directory.Exists(site))
        {
            console.Error.WriteLine($"error: the site folder '{site}' does not exist");
            return (null, relative, ExitCodes.UsageError);
        }
        var diagnostics = new DiagnosticBag();
        var archive = ArchiveLoader.Load(site, diagnostics);
        if (archive.Sources.FirstOrDefault(s => s.Id == id) is { } source)
        {
            return (source, relative, ExitCodes.Success);
        }
        // The file may exist but not load: its own problems explain why, so show those.
        var own = diagnostics.Sorted().Where(d => d.Location.Path == relative).ToList();
        DiagnosticPrinter.Print(own, console);
        console.Error.WriteLine(own.Count > 0
            ? $"error: {relative} cannot be read until the problems above are fixed"
            : $"error: there is no source '{id}' (no file {relative})");
        return (null, relative, ExitCodes.ContentErrors);
    }
}
