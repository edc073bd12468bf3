namespace RareEarthArchive.Cli.Commands;

/// <summary>The SITE_DIR argument: the current folder unless given.</summary>
internal static class SiteDirectory
{
    public static string? Resolve(Arguments arguments, TextWriter error)
    {
        if (arguments.Positionals.Count > 1)
        {
            error.WriteLine($"error: too many arguments: {string.Join(' ', arguments.Positionals.Skip(1))}");
            return null;
        }
        var path = Path.GetFullPath(arguments.Positionals.Count == 1 ? arguments.Positionals[0] : Directory.GetCurrentDirectory());
        if (!Directory.Exists(path))
        {
            error.WriteLine($"error: the site folder '{path}' does not exist");
            return null;
        }
        return path;
    }
}
