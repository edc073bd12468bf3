using RareEarthArchive.Cli.GitHub;
using RareEarthArchive.Core.Diagnostics;

namespace RareEarthArchive.Tests.GitHub;

public sealed class WorkflowCommandTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("%0A is not a newline", "%250A is not a newline")]
    [InlineData("one\ntwo\r\nthree", "one%0Atwo%0D%0Athree")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("::error::inside", "::error::inside")]
    public void Message_data_escapes_percent_cr_and_lf_only(string message, string expected)
    {
        Assert.Equal(expected, WorkflowCommand.EscapeData(message));
    }

    [Theory]
    [InlineData("content/sources/a.md", "content/sources/a.md")]
    [InlineData("REA401 Quote: not found, anywhere", "REA401 Quote%3A not found%2C anywhere")]
    [InlineData("50%\r\n", "50%25%0D%0A")]
    [InlineData("C:\\x,y", "C%3A\\x%2Cy")]
    public void Property_values_also_escape_colon_and_comma(string value, string expected)
    {
        Assert.Equal(expected, WorkflowCommand.EscapeProperty(value));
    }

    [Fact]
    public void An_annotation_names_file_line_column_and_the_code_with_its_title()
    {
        var diagnostic = new Diagnostic(new SourceLocation("content/sources/a, b.md", 12, 7), Severity.Error, "REA401",
            "the quote \"100% true: yes\nno\" is not in the text; closest passage: \"a, b\"", BuildPhase.Validate);
        Assert.Equal(
            "::error file=content/sources/a%2C b.md,line=12,col=7,title=REA401 Quote matches nothing in the text::the quote \"100%25 true: yes%0Ano\" is not in the text; closest passage: \"a, b\"",
            GitHubReporter.Annotation(diagnostic, ""));
    }

    [Fact]
    public void A_warning_and_a_site_in_a_subfolder()
    {
        var diagnostic = new Diagnostic(new SourceLocation("site.config.yml", 3, 1), Severity.Warning, "REA999", "odd", BuildPhase.Load);
        Assert.Equal("::warning file=archive/site.config.yml,line=3,col=1,title=REA999::odd", GitHubReporter.Annotation(diagnostic, "archive/"));
    }
}
