using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Provenance;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// <c>rea hash SOURCE_ID [SITE_DIR]</c>: prints the SHA-256 of a source's archived text (the value for
/// <c>archive.sha256</c>) on standard output, alone, so it can be pasted or piped; the <c>sha256sum</c> line that
/// checks it without <c>rea</c> goes to standard error. The error messages of REA211 and REA405 point here.
/// </summary>
public sealed class HashCommand(ICommandConsole console) : ICommand
{
    public string Name => "hash";

    public string Usage => "hash SOURCE_ID [SITE_DIR]";

    public string Summary => "Print the SHA-256 of a source's archived text, the value that archive.sha256 pins.";

    public int Run(Arguments arguments)
    {
        var positionals = arguments.Positionals;
        if (positionals.Count is < 1 or > 2)
        {
            console.Error.WriteLine("error: give a source id, e.g. rea hash my-source");
            console.Error.WriteLine($"usage: rea {Usage}");
            return ExitCodes.UsageError;
        }
        var id = positionals[0];
        var site = Path.GetFullPath(positionals.Count == 2 ? positionals[1] : Directory.GetCurrentDirectory());
        if (!Directory.Exists(site))
        {
            console.Error.WriteLine($"error: the site folder '{site}' does not exist");
            return ExitCodes.UsageError;
        }
        var diagnostics = new DiagnosticBag();
        var archive = ArchiveLoader.Load(site, diagnostics);
        var relative = $"{ArchiveLoader.SourcesFolder}/{id}.md";
        if (archive.Sources.FirstOrDefault(s => s.Id == id) is not { } source)
        {
            var own = diagnostics.Sorted().Where(d => d.Location.Path == relative).ToList();
            DiagnosticPrinter.Print(own, console);
            console.Error.WriteLine(own.Count > 0
                ? $"error: {relative} cannot be read until the problems above are fixed"
                : $"error: there is no source '{id}' (no file {relative})");
            return ExitCodes.ContentErrors;
        }
        console.Out.WriteLine(Fixity.Sha256(source.Text.Markdown));
        console.Error.WriteLine($"check it without rea: {Fixity.CheckCommand(source)}");
        return ExitCodes.Success;
    }
}
