using System.Text;
using RareEarthArchive.Cli.Console;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Site.Exports;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// <c>rea init [DIR] [--title TITLE] [--force]</c>: a new archive that passes <c>rea check</c> and builds: the config
/// with its vocabularies, an example source and claim, the editor wiring and JSON schemas, .gitignore, the tool
/// manifest, the two GitHub workflows (through the rea Action) and a README. A folder that has anything in it is
/// refused unless <c>--force</c>, and even then no existing file is ever overwritten: only missing ones are added.
/// </summary>
public sealed class InitCommand(ICommandConsole console) : ICommand
{
    public string Name => "init";

    public string Usage => "init [DIR] [--title TITLE] [--force]";

    public string Summary => "Start a new archive in an empty folder (default: this one); --force adds missing files to a non-empty one, never overwriting.";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Value("title", "TITLE", $"The archive's title (default: \"{ArchiveTemplate.DefaultTitle}\")."),
        CommandOption.Flag("force", "Add the missing files to a folder that is not empty; existing files are never overwritten."),
    ];

    public int Run(Arguments arguments)
    {
        if (arguments.Positionals.Count > 1)
        {
            console.Error.WriteLine($"error: too many arguments: {string.Join(' ', arguments.Positionals.Skip(1))}");
            console.Error.WriteLine($"usage: rea {Usage}");
            return ExitCodes.UsageError;
        }
        var title = arguments.Option("title") ?? ArchiveTemplate.DefaultTitle;
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl))
        {
            console.Error.WriteLine("error: --title needs a title on one line, e.g. --title \"Water Rights Archive\"");
            return ExitCodes.UsageError;
        }
        var folder = Path.GetFullPath(arguments.Positionals.Count == 1 ? arguments.Positionals[0] : Directory.GetCurrentDirectory());
        if (File.Exists(folder))
        {
            console.Error.WriteLine($"error: '{folder}' is a file, not a folder");
            return ExitCodes.UsageError;
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !arguments.Flag("force"))
        {
            console.Error.WriteLine($"error: '{folder}' is not empty; rea init starts an archive in an empty folder " +
                "(--force adds the missing files to this one and leaves every existing file as it is)");
            return ExitCodes.ContentErrors;
        }

        var written = new List<string>();
        var kept = new List<string>();
        try
        {
            foreach (var (path, text) in ArchiveTemplate.Files(title))
            {
                (Write(folder, path, text) ? written : kept).Add(path);
            }
            // The schemas carry this archive's vocabularies: made from its config as written (or as it already was).
            var config = SiteConfigReader.Read(folder, new DiagnosticBag());
            if (config is not null)
            {
                foreach (var (file, text) in FrontMatterSchemas.All(config))
                {
                    var path = $"{FrontMatterSchemas.Folder}/{file}";
                    (Write(folder, path, text) ? written : kept).Add(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot write into '{folder}': {e.Message}");
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"created {Plural.Count(written.Count, "file")} in {folder}");
        foreach (var path in kept)
        {
            console.Out.WriteLine($"  kept {path} (it exists; not overwritten)");
        }
        console.Out.WriteLine("next: dotnet tool restore, then dotnet rea check and dotnet rea serve; README.md says how to add a source and publish");
        return ExitCodes.Success;
    }

    /// <summary>Writes a new file; false, touching nothing, when the path exists (CreateNew: no check-then-write race).</summary>
    private static bool Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
            return true;
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }
    }
}
