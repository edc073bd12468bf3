using RareEarthArchive.Cli.Commands;
using RareEarthArchive.Cli.Init;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Init;

/// <summary>
/// Where the code lives is one fact: <c>&lt;RepositoryUrl&gt;</c> in Directory.Build.props. A fork changes that line
/// (README.md, "Start your own archive") and everything that names the repository follows: the package's project
/// URL (PackedToolTests), and the Action's <c>uses:</c> and the link in what <c>rea init</c> writes.
/// </summary>
public sealed class RepositoryAddressTests
{
    [Fact]
    public void The_repository_is_spelled_only_in_Directory_Build_props()
    {
        var ownerAndName = new Uri(ToolIdentity.RepositoryUrl).AbsolutePath.Trim('/');
        Assert.Matches("^[^/]+/[^/]+$", ownerAndName);
        var spelled = RepoPaths.CheckoutFiles()
            .Where(f => File.ReadAllText(Path.Combine(RepoPaths.Root, f)).Contains(ownerAndName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Equal(["Directory.Build.props"], spelled);
        Assert.Contains($"<RepositoryUrl>{ToolIdentity.RepositoryUrl}</RepositoryUrl>", File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props")), StringComparison.Ordinal);
        Assert.Contains("<RepositoryUrl>", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_rea_init_writes_links_the_repository_from_there()
    {
        using var temp = TempSite.Empty();
        Assert.Equal(ExitCodes.Success, Rea.Invoke("init", temp.Path).ExitCode);
        // The workflows' uses: is ToolIdentity.Action (WorkflowTests); the README links the repository.
        Assert.Contains($"]({ToolIdentity.RepositoryUrl})", temp.Read("README.md"), StringComparison.Ordinal);
    }
}
