using System.Text;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// <c>rea new source|claim ID [SITE_DIR]</c>: writes <c>content/sources/ID.md</c> or <c>content/claims/ID.md</c> with
/// every required key and the optional ones commented out. Values only the contributor knows are left empty
/// with a TODO, so <c>rea check</c> points at each of them (REA201, "needs the key") until they are filled, and passes
/// once they are.
/// </summary>
public sealed class NewCommand(ICommandConsole console) : ICommand
{
    public string Name => "new";

    public string Usage => "new source|claim ID [SITE_DIR]";

    public string Summary => "Start a source or claim file with every required key and the optional ones commented.";

    public int Run(Arguments arguments)
    {
        var positionals = arguments.Positionals;
        if (positionals.Count is < 2 or > 3 || positionals[0] is not ("source" or "claim"))
        {
            console.Error.WriteLine("error: say what to create: 'rea new source ID' or 'rea new claim ID'");
            console.Error.WriteLine($"usage: rea {Usage}");
            return ExitCodes.UsageError;
        }
        var (kind, id) = (positionals[0], positionals[1]);
        if (!Slug.IsValid(id))
        {
            console.Error.WriteLine($"error: '{id}' is not a valid id: use lower-case letters, digits and single hyphens (a slug, at most {Slug.MaxLength} characters), e.g. 'reuters-2025-07-03'");
            return ExitCodes.UsageError;
        }
        var site = Path.GetFullPath(positionals.Count == 3 ? positionals[2] : Directory.GetCurrentDirectory());
        if (!Directory.Exists(site))
        {
            console.Error.WriteLine($"error: the site folder '{site}' does not exist");
            return ExitCodes.UsageError;
        }
        var folder = kind == "source" ? ArchiveLoader.SourcesFolder : ArchiveLoader.ClaimsFolder;
        var relative = $"{folder}/{id}.md";
        var path = Path.Combine(site, folder, id + ".md");
        // The config's vocabularies and language make the comments list the values this site accepts.
        var config = SiteConfigReader.Read(site, new DiagnosticBag());
        var text = kind == "source" ? NewFileTemplates.Source(id, config) : NewFileTemplates.Claim(id, config);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: never overwrite, even if the file appeared since the check a user would expect us to make.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            console.Error.WriteLine($"error: {relative} already exists; it was left as it is (choose another id, or edit that file)");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot write {relative}: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        console.Out.WriteLine($"wrote {relative}: fill in the keys marked TODO, then run 'rea check'");
        return ExitCodes.Success;
    }
}
