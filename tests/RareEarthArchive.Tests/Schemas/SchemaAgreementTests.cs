using System.Diagnostics;
using System.Text.Json;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Site.Building;
using RareEarthArchive.Site.Exports;
using RareEarthArchive.Tests.Exports;

namespace RareEarthArchive.Tests.Schemas;

/// <summary>
/// The JSON Schemas (as an editor applies them: YAML 1.2 via the <c>yaml</c> package, Ajv 8 draft 2020-12 with
/// formats, under Node) and the checker (<c>rea check</c>'s loader and validator on a temporary site) give the
/// same verdict on every case in <c>Cases/</c>. A case says <c># expect: valid</c>, <c>invalid</c>, or
/// <c>checker-only</c> for a rule a schema cannot express (it sees one file's YAML: not other files, not
/// the file name, not the body), where the schema passes and the checker refuses.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static string SchemasFolder => Path.Combine(ExportSites.RepoRoot, FrontMatterSchemas.Folder);

    private static string CasesFolder => Path.Combine(ExportSites.RepoRoot, "tests", "RareEarthArchive.Tests", "Schemas", "Cases");

    private sealed record Case(string Kind, string File, string Expect);

    private static List<Case> Cases()
    {
        var cases = new List<Case>();
        foreach (var (folder, kind) in new[] { ("sources", "source"), ("claims", "claim"), ("config", "config") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(CasesFolder, folder)).Order(StringComparer.Ordinal))
            {
                var expect = File.ReadLines(file).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# expect: ", StringComparison.Ordinal));
                Assert.True(expect is not null, $"{file} has no '# expect:' line");
                cases.Add(new Case(kind, file, expect["# expect: ".Length..]));
            }
        }
        return cases;
    }

    [Fact]
    public void Schemas_and_checker_agree_on_every_case()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 40, "a broad set of cases");
        Assert.Contains(cases, c => c.Expect == "checker-only");
        var schema = RunSchemas(cases.Select(c => $"{c.Kind}:{c.File}"));
        var problems = new List<string>();
        foreach (var c in cases)
        {
            var name = Path.GetRelativePath(CasesFolder, c.File);
            var (checkerValid, diagnostics) = Check(c);
            var schemaResult = schema.GetProperty(c.File);
            var schemaValid = schemaResult.GetProperty("valid").GetBoolean();
            var (wantSchema, wantChecker) = c.Expect switch
            {
                "valid" => (true, true),
                "invalid" => (false, false),
                "checker-only" => (true, false),
                _ => throw new InvalidOperationException($"{name}: unknown expectation '{c.Expect}'"),
            };
            if (schemaValid != wantSchema)
            {
                problems.Add($"{name}: schema says {(schemaValid ? "valid" : "invalid")}, expected {c.Expect}: {schemaResult.GetProperty("errors")}");
            }
            if (checkerValid != wantChecker)
            {
                problems.Add($"{name}: checker says {(checkerValid ? "valid" : "invalid")}, expected {c.Expect}: {string.Join(" | ", diagnostics)}");
            }
            // A refusal must come from the case itself, not from the fixture the case is checked beside.
            var caseFile = c.Kind == "config" ? SiteConfigReader.FileName : Path.GetFileName(c.File);
            var foreign = diagnostics.Where(d => d.Severity == Severity.Error && !d.Location.Path.EndsWith(caseFile, StringComparison.Ordinal)).ToList();
            if (foreign.Count > 0)
            {
                problems.Add($"{name}: errors outside the case file: {string.Join(" | ", foreign)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_real_archive_and_config_pass_the_schemas()
    {
        var root = ExportSites.RepoRoot;
        var items = Directory.EnumerateFiles(Path.Combine(root, "content", "sources"), "*.md").Select(f => "source:" + f)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "content", "claims"), "*.md").Select(f => "claim:" + f))
            .Append("config:" + Path.Combine(root, "site.config.yml")).ToList();
        Assert.True(items.Count > 30);
        var result = RunSchemas(items);
        var failures = result.EnumerateObject().Where(p => !p.Value.GetProperty("valid").GetBoolean()).Select(p => $"{p.Name}: {p.Value.GetProperty("errors")}").ToList();
        Assert.Equal(items.Count, result.EnumerateObject().Count());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (bool Valid, IReadOnlyList<Diagnostic> Diagnostics) Check(Case c)
    {
        var dir = Path.Combine(Path.GetTempPath(), "rea-schema-case-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (c.Kind == "config")
            {
                Directory.CreateDirectory(dir);
                File.Copy(c.File, Path.Combine(dir, SiteConfigReader.FileName));
                var bag = new DiagnosticBag();
                SiteConfigReader.Read(dir, bag);
                return (!bag.HasErrors, bag.Sorted());
            }
            CopyFolder(Path.Combine(ExportSites.RepoRoot, "tests", "RareEarthArchive.Tests", "Schemas", "Fixture"), dir);
            File.Copy(Path.Combine(ExportSites.RepoRoot, SiteConfigReader.FileName), Path.Combine(dir, SiteConfigReader.FileName));
            File.Copy(c.File, Path.Combine(dir, "content", c.Kind == "source" ? "sources" : "claims", Path.GetFileName(c.File)));
            var result = SiteBuilder.Create().Check(new BuildOptions(dir));
            return (result.Succeeded, result.Diagnostics);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Runs validate-front-matter.cjs (needs `npm ci`, which scripts/test.sh runs) over the repository's schemas/.</summary>
    private static JsonElement RunSchemas(IEnumerable<string> items)
    {
        Assert.True(File.Exists(Path.Combine(ExportSites.RepoRoot, "node_modules", "ajv", "package.json")),
            "node_modules/ajv is missing: run `npm ci` (scripts/test.sh does)");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ExportSites.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(ExportSites.RepoRoot, "tests", "RareEarthArchive.Tests", "Schemas", "validate-front-matter.cjs"));
        start.ArgumentList.Add(SchemasFolder);
        foreach (var item in items)
        {
            start.ArgumentList.Add(item);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
