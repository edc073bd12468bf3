using RareEarthArchive.Cli.Console;
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
        var (source, _, exit) = SourceLookup.Find(console, positionals.Count == 2 ? positionals[1] : Directory.GetCurrentDirectory(), positionals[0]);
        if (source is null)
        {
            return exit;
        }
        console.Out.WriteLine(Fixity.Sha256(source.Text.Markdown));
        console.Error.WriteLine($"check it without rea: {Fixity.CheckCommand(source)}");
        return ExitCodes.Success;
    }
}
