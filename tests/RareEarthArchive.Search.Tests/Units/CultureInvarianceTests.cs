using System.Globalization;
using RareEarthArchive.Search.Tests.Differential;

namespace RareEarthArchive.Search.Tests.Units;

/// <summary>Builds must not depend on the current culture: tr-TR (dotless i, İ) and de-DE (decimal comma) give the same bytes.</summary>
public sealed class CultureInvarianceTests
{
    [Fact]
    public void Builds_are_byte_identical_under_turkish_and_german_cultures()
    {
        var generator = new RandomSpecGenerator(99);
        var specs = Enumerable.Range(0, 40).Select(i => generator.Next(rea: i % 2 == 1).ToJsonString()).ToList();
        specs.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Vectors"), "*.input.json").Select(File.ReadAllText));
        specs.Add("""{"ref":"id","fields":["title"],"documents":[{"doc":{"id":"I","title":"ISTANBUL İzmir DIŞ ıi 3,5 1.25"},"attributes":{"boost":1.5}}]}""");

        var invariant = BuildAll(CultureInfo.InvariantCulture, specs);
        Assert.Equal(invariant, BuildAll(CultureInfo.GetCultureInfo("tr-TR"), specs));
        Assert.Equal(invariant, BuildAll(CultureInfo.GetCultureInfo("de-DE"), specs));
        Assert.Contains("[\"istanbul\",", invariant[^1], StringComparison.Ordinal);
    }

    private static List<string> BuildAll(CultureInfo culture, List<string> specs)
    {
        var (oldCulture, oldUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return specs.Select(BuildSpec.BuildWithCSharp).ToList();
        }
        finally
        {
            CultureInfo.CurrentCulture = oldCulture;
            CultureInfo.CurrentUICulture = oldUi;
        }
    }
}
