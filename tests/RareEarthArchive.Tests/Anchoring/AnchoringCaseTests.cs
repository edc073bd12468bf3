using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Tests.Support;

namespace RareEarthArchive.Tests.Anchoring;

/// <summary>
/// Runs every <c>Cases/NAME.md</c> body against the quotes in <c>Cases/NAME.expected</c>.
/// Add a case by adding the two files; nothing else needs registering.
/// </summary>
public sealed class AnchoringCaseTests
{
    private static readonly string Cases = SourceTree.Folder("Cases");

    public static TheoryData<string> CaseNames() => CaseFiles.Names(Cases);

    private static Xunit.Sdk.XunitException Fail(string where, AnchorResult result) =>
        new($"{where}: got {result}");

    [Fact]
    public void There_are_cases()
    {
        Assert.True(CaseNames().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case(string name)
    {
        var bodyPath = Path.Combine(Cases, name + ".md");
        var expectedPath = Path.Combine(Cases, name + ".expected");
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing");
        var text = ReaderText.Parse(File.ReadAllText(bodyPath));
        var quoteCases = QuoteCase.Read(expectedPath);
        Assert.NotEmpty(quoteCases);

        foreach (var quoteCase in quoteCases)
        {
            var where = $"{expectedPath}({quoteCase.FileLine})";
            var quote = new TextQuote(quoteCase["quote"] ?? throw new FormatException($"{where}: no quote"), quoteCase["prefix"], quoteCase["suffix"]);
            var result = QuoteAnchor.Find(text, quote);
            var expect = quoteCase["expect"] ?? throw new FormatException($"{where}: no expect");
            switch (expect.Split(' ')[0])
            {
                case "anchored":
                    var anchored = result as Anchored ?? throw Fail(where, result);
                    if (quoteCase["text"] is { } passage)
                    {
                        Assert.True(passage == text.Text.Substring(anchored.Start, anchored.Length),
                            $"{where}: anchored \"{text.Text.Substring(anchored.Start, anchored.Length)}\"");
                    }

                    if (quoteCase["line"] is { } line)
                    {
                        Assert.True(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture) == text.LineOf(anchored.Start),
                            $"{where}: line {text.LineOf(anchored.Start)}");
                    }

                    break;
                case "ambiguous":
                    var ambiguous = result as Ambiguous ?? throw Fail(where, result);
                    Assert.True(int.Parse(expect.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) == ambiguous.Count,
                        $"{where}: {ambiguous.Count} matches");
                    break;
                case "not-found":
                    var notFound = result as NotFound ?? throw Fail(where, result);
                    if (quoteCase["closest"] is { } closest)
                    {
                        Assert.True(closest == notFound.ClosestPassage, $"{where}: closest \"{notFound.ClosestPassage}\"");
                    }

                    break;
                default:
                    throw new FormatException($"{where}: unknown expect '{expect}'");
            }
        }
    }
}
