using System.Reflection;

namespace RareEarthArchive.Site.Building;

/// <summary>
/// The tool's version, as <c>rea --version</c>, the generator meta tag and the Atom feed state it. It is set in one
/// place, <c>&lt;Version&gt;</c> in Directory.Build.props (the package and every assembly take it from there), and
/// read back here from this assembly; no commit hash is appended, so a build's output depends on the version alone.
/// </summary>
public static class ToolVersion
{
    public static string Value { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? throw new InvalidOperationException("the assembly has no informational version");

    /// <summary>The <c>&lt;meta name="generator"&gt;</c> content.</summary>
    public static string Generator => "RareEarthArchive " + Value;
}
