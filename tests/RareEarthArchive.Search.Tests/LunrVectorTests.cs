namespace RareEarthArchive.Search.Tests;

/// <summary>The lunr.js-generated vectors in Vectors/: every caseN.input.json must build to caseN.expected.json byte for byte.</summary>
public sealed class LunrVectorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(VectorsFolder, "*.input.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".input.json".Length]);
        }

        return data;
    }

    private static string VectorsFolder => Path.Combine(AppContext.BaseDirectory, "Vectors");

    [Fact]
    public void All_six_reference_vectors_are_present()
    {
        Assert.True(Cases().Count >= 6, "expected the six lunr 2.3.9 vectors in " + VectorsFolder);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_byte_identical_index(string name)
    {
        var input = File.ReadAllText(Path.Combine(VectorsFolder, name + ".input.json"));
        var expected = File.ReadAllBytes(Path.Combine(VectorsFolder, name + ".expected.json"));

        var actual = BuildSpec.BuildWithCSharp(input);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, new System.Text.UTF8Encoding(false).GetBytes(actual));
    }
}
