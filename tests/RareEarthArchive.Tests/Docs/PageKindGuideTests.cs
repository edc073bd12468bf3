using System.Reflection;
using RareEarthArchive.Site.Pages;
using RareEarthArchive.Site.Theming;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Docs;

/// <summary>ARCHITECTURE.md's "How to add a page kind" names the files a new kind takes, and they are the ones the code needs.</summary>
public sealed class PageKindGuideTests
{
    private const string DeclarationPath = "src/RareEarthArchive.Site/Pages/PageKind.cs";
    private const string PlannerPath = "src/RareEarthArchive.Site/Pages/PagePlanner.cs";
    private const string LayoutsPath = "themes/default/layouts/";

    private static string Section() => ArchitectureGuide.Section("How to add a page kind");

    private static IReadOnlyList<string> ListedFiles() => ArchitectureGuide.ListedFiles(Section());

    [Fact]
    public void The_section_lists_a_short_list_of_files_that_exist_starting_with_the_declaration()
    {
        var listed = ListedFiles();
        Assert.InRange(listed.Count, 3, 6);
        Assert.Equal(DeclarationPath, listed[0]);
        Assert.Contains(PlannerPath, listed);
        Assert.Contains(LayoutsPath, listed);
        Assert.All(listed, path => Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, path)) || Directory.Exists(Path.Combine(RepoPaths.Root, path)), $"{path} does not exist"));
    }

    [Fact]
    public void The_declaration_the_section_names_is_where_the_kinds_are_declared()
    {
        // The type lives in the file the guide names, and every kind it declares is in All (the list themes must follow).
        var declaration = File.ReadAllText(Path.Combine(RepoPaths.Root, DeclarationPath));
        Assert.Contains("public sealed class PageKind", declaration, StringComparison.Ordinal);
        var declared = DeclaredKinds();
        Assert.Equal(declared.Select(k => k.Kind.Name).Order(StringComparer.Ordinal), PageKind.All.Select(k => k.Name).Order(StringComparer.Ordinal));
        Assert.Equal(PageKind.All.Count, PageKind.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_declared_kind_is_planned_and_has_its_template_in_the_default_theme()
    {
        var planner = File.ReadAllText(Path.Combine(RepoPaths.Root, PlannerPath));
        foreach (var (field, kind) in DeclaredKinds())
        {
            Assert.Contains($"PageKind.{field}, ", planner, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "themes", "default", kind.Layout.Path)), $"no {kind.Layout.Path} in the default theme");
        }
    }

    [Fact]
    public void Every_template_of_the_default_layouts_belongs_to_a_kind_or_to_the_frame()
    {
        var required = ThemeLayout.Required.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        var templates = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, LayoutsPath), "*.html")
            .Select(f => "layouts/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(required.Order(StringComparer.Ordinal), templates);
    }

    private static IReadOnlyList<(string Field, PageKind Kind)> DeclaredKinds() =>
        [.. typeof(PageKind).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(PageKind))
            .Select(f => (f.Name, (PageKind)f.GetValue(null)!))];
}
