using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Hostile;

/// <summary>
/// A hostile case laid out in a temporary folder: the case's files, then its <c>setup.txt</c> applied, which
/// makes what git cannot hold (links, FIFOs, huge or control-character content). One directive a line:
/// <list type="bullet">
///   <item><c>symlink LINK TARGET</c>: TARGET may be <c>{secret}</c> (a file outside the site holding
///   <see cref="Secret"/>), <c>{secret-dir}</c> (a folder outside holding such files) or any path.</item>
///   <item><c>fifo PATH</c>: a named pipe (opening it for reading blocks until a writer comes).</item>
///   <item><c>append PATH COUNT TEXT</c>: TEXT (with <c>\n</c>, <c>\uXXXX</c> escapes) appended COUNT times.</item>
///   <item><c>rename FROM TO</c>: TO with the same escapes, for file names with control characters.</item>
/// </list>
/// </summary>
internal sealed partial class HostileSite : IDisposable
{
    public static readonly string CasesFolder = Path.Combine(RepoPaths.TestsFolder, "Hostile", "Cases");

    private readonly TempSite _outside = TempSite.Empty();

    public HostileSite(string name)
    {
        Name = name;
        Site = TempSite.CopyOf(Path.Combine(CasesFolder, name), r => r is not ("expected.txt" or "setup.txt"));
        Secret = "REA-SECRET-" + Guid.NewGuid().ToString("N");
        _outside.Write("secret.txt", Secret + "\n");
        _outside.Write("dir/secret.md", $"---\nid: secret\nstatement: {Secret}\n---\n{Secret}\n");
        _outside.Write("dir/layouts/layout.html", Secret);
        _outside.Write("dir/assets/site.css", Secret);
        var setup = Path.Combine(CasesFolder, name, "setup.txt");
        var directives = File.Exists(setup) ? File.ReadAllLines(setup).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() : [];
        if (!File.Exists(Path.Combine(Site.Path, "site.config.yml")) && !directives.Any(d => d.StartsWith("symlink site.config.yml ", StringComparison.Ordinal)))
        {
            File.Copy(Path.Combine(RepoPaths.TestsFolder, "Contract", "Cases", "_default.site.config.yml"), Path.Combine(Site.Path, "site.config.yml"));
        }
        foreach (var directive in directives)
        {
            Apply(directive);
        }
    }

    public string Name { get; }

    public TempSite Site { get; }

    /// <summary>A marker that exists only outside the site: no output byte may carry it.</summary>
    public string Secret { get; }

    public IReadOnlyList<string> Expected =>
        [.. File.ReadAllLines(Path.Combine(CasesFolder, Name, "expected.txt")).Where(l => l.Length > 0)];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CasesFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    public void Dispose()
    {
        Site.Dispose();
        _outside.Dispose();
    }

    private void Apply(string line)
    {
        var parts = line.Split(' ', 4);
        switch (parts[0])
        {
            case "symlink":
                var target = parts[2].Replace("{secret-dir}", Path.Combine(_outside.Path, "dir"), StringComparison.Ordinal)
                    .Replace("{secret}", Path.Combine(_outside.Path, "secret.txt"), StringComparison.Ordinal);
                var link = Full(parts[1]);
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                File.CreateSymbolicLink(link, target);
                break;
            case "fifo":
                var fifo = Full(parts[1]);
                Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
                using (var process = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
                {
                    process.WaitForExit();
                    Assert.Equal(0, process.ExitCode);
                }
                break;
            case "append":
                var text = Unescape(parts[3]);
                var builder = new StringBuilder();
                for (var i = 0; i < int.Parse(parts[2], CultureInfo.InvariantCulture); i++)
                {
                    builder.Append(text);
                }
                File.AppendAllText(Full(parts[1]), builder.ToString());
                break;
            case "rename":
                File.Move(Full(parts[1]), Full(Unescape(parts[2])));
                break;
            default:
                throw new InvalidOperationException($"{Name}/setup.txt: unknown directive '{line}'");
        }
    }

    private string Full(string relative) => Path.Combine(Site.Path, relative);

    internal static string Unescape(string text) =>
        Escape().Replace(text, m => m.Value[1] switch
        {
            'n' => "\n",
            't' => "\t",
            's' => " ",
            '\\' => "\\",
            _ => ((char)int.Parse(m.Value.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        });

    [GeneratedRegex(@"\\(u[0-9A-Fa-f]{4}|n|t|s|\\)")]
    private static partial Regex Escape();
}
