using RareEarthArchive.Site.Views;

namespace RareEarthArchive.Tests.Views;

/// <summary>The one "Name (n)" numbering that the claim timeline and a claim's origin groups share.</summary>
public sealed class SourceLabelsTests
{
    [Fact]
    public void Passages_of_one_source_are_numbered_in_list_order_and_a_single_one_is_not()
    {
        string[] sources = ["a", "b", "a", "c", "a", "b"];

        var numbers = SourceLabels.PassageNumbers(sources, s => s);

        Assert.Equal([1, 1, 2, null, 3, 2], numbers);
        Assert.Equal(["Reuters (1)", "Xinhua"], new[] { SourceLabels.Numbered("Reuters", numbers[0]), SourceLabels.Numbered("Xinhua", numbers[3]) });
    }
}
