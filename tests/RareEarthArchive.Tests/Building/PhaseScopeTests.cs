using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Outputs;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Building;

/// <summary>Each phase reports through its own writer: a diagnostic says the phase that found it, whatever ran before.</summary>
public sealed class PhaseScopeTests
{
    [Fact]
    public void A_producers_diagnostic_carries_the_render_phase()
    {
        using var site = TempSite.CopyOfRealArchive();
        var result = SiteBuilder.Create(new ProductOptions(ExtraOutputs: [new ReportsOneError()])).Check(new BuildOptions(site.Path));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((ReportsOneError.Path, BuildPhase.Render), (problem.Location.Path, problem.Phase));
        // The phases before it ran and finished cleanly: the producer's report is not theirs.
        Assert.Equal([BuildPhase.Load, BuildPhase.Validate, BuildPhase.Assemble, BuildPhase.Render], result.Timings.Select(t => t.Phase));
    }

    [Fact]
    public void Load_and_validate_problems_of_one_run_each_carry_their_own_phase()
    {
        using var site = TempSite.CopyOfRealArchive();
        var claim = "content/claims/china-denied-2010-export-ban.md";
        site.Write(claim, site.Read(claim).Replace("statement:", "statment:", StringComparison.Ordinal));
        var source = Directory.EnumerateFiles(Path.Combine(site.Path, "content", "sources")).Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(site.Path, source).Replace('\\', '/');
        site.Write(relative, site.Read(relative).Replace("related:\n", "related:\n  - source: no-such-source\n    relation: background\n", StringComparison.Ordinal));

        var result = SiteBuilder.Create().Check(new BuildOptions(site.Path));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey.Id && d.Phase == BuildPhase.Load);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownSource.Id && d.Phase == BuildPhase.Validate);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey.Id && d.Phase != BuildPhase.Load);
    }

    [Fact]
    public void A_phase_writer_shares_the_collection_and_leaves_the_other_writers_phase_alone()
    {
        var bag = new DiagnosticBag();
        var validate = bag.For(BuildPhase.Validate);
        var render = validate.For(BuildPhase.Render);
        render.Error(SourceLocation.FileStart("b"), DiagnosticCodes.TemplateRuntime, "render");
        bag.Error(SourceLocation.FileStart("a"), DiagnosticCodes.YamlSyntax, "load");
        validate.Warning(SourceLocation.FileStart("c"), DiagnosticCodes.QuoteNotFound, "validate");

        Assert.Equal([("a", BuildPhase.Load), ("b", BuildPhase.Render), ("c", BuildPhase.Validate)],
            render.Sorted().Select(d => (d.Location.Path, d.Phase)));
        Assert.Equal((BuildPhase.Load, BuildPhase.Validate), (bag.Phase, validate.Phase));
        Assert.True(validate.HasErrors);
    }

    [Fact]
    public void A_site_builder_is_made_only_as_the_whole_product()
    {
        // No constructor to call: a builder without the search index, exports, sitemap or feed cannot be made by accident.
        Assert.Empty(typeof(SiteBuilder).GetConstructors());
        var (result, files) = SiteBuilder.Create().BuildInMemory(new BuildOptions(RepoPaths.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(["sitemap.xml", "robots.txt", "feed.xml", ".nojekyll", "search/manifest.json", "assets/site.css", "downloads/index.html"],
            path => Assert.Contains(path, paths));
    }

    private sealed class ReportsOneError : ISiteOutputs
    {
        public const string Path = "probe/output";

        public string Name => "probe";

        public IEnumerable<OutputFile> Produce(SiteOutputContext context, DiagnosticBag diagnostics)
        {
            diagnostics.Error(SourceLocation.FileStart(Path), DiagnosticCodes.OutputFailed, "the probe reports one problem");
            return [];
        }
    }
}
