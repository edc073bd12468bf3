using System.Reflection;
using RareEarthArchive.Site.Building;

namespace RareEarthArchive.Cli.Init;

/// <summary>
/// Who the tool is, as the files <c>rea init</c> writes name it: the package id and repository address from the
/// project file (assembly metadata, so they are spelled once, in MSBuild), the version from <see cref="ToolVersion"/>.
/// </summary>
internal static class ToolIdentity
{
    public static string PackageId { get; } = Metadata("PackageId").ToLowerInvariant();

    public static string RepositoryUrl { get; } = Metadata("RepositoryUrl");

    /// <summary>The GitHub Action at the release tag of this very version: <c>owner/name@vX.Y.Z</c>.</summary>
    public static string Action => new Uri(RepositoryUrl).AbsolutePath.Trim('/') + "@v" + ToolVersion.Value;

    private static string Metadata(string key) =>
        typeof(ToolIdentity).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"the assembly has no {key} metadata (set in RareEarthArchive.Cli.csproj)");
}
