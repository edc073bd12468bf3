using RareEarthArchive.Cli.Console;
using RareEarthArchive.Core.Anchoring;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Loading;
using RareEarthArchive.Core.Validation;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// <c>rea quote SOURCE_ID "TEXT" [SITE_DIR]</c>: finds text copied from a source's page (white space and quote styles
/// need not match) and prints YAML lines to paste into an annotation or signal: <c>quote</c>, plus <c>prefix</c> /
/// <c>suffix</c> only when the text occurs more than once, one numbered option per place. Standard output carries
/// only YAML (options are separated by comment lines), so it can be piped to a clipboard tool.
/// </summary>
public sealed class QuoteCommand(ICommandConsole console) : ICommand
{
    public string Name => "quote";

    public string Usage => "quote SOURCE_ID \"TEXT\" [SITE_DIR]";

    public string Summary => "Find copied text in a source and print quote/prefix/suffix lines that anchor exactly once.";

    public int Run(Arguments arguments)
    {
        var positionals = arguments.Positionals;
        if (positionals.Count is < 2 or > 3 || string.IsNullOrWhiteSpace(positionals[1]))
        {
            console.Error.WriteLine("error: give a source id and the text to find, e.g. rea quote my-source \"the words as shown on the page\"");
            console.Error.WriteLine($"usage: rea {Usage}");
            return ExitCodes.UsageError;
        }
        var (id, pasted) = (positionals[0], positionals[1]);
        var (source, relative, exit) = SourceLookup.Find(console, positionals.Count == 3 ? positionals[2] : Directory.GetCurrentDirectory(), id);
        if (source is null)
        {
            return exit;
        }

        var diagnostics = new DiagnosticBag();
        switch (SourceQuotes.Find(source, pasted, diagnostics))
        {
            case null:
                DiagnosticPrinter.Print(diagnostics.Sorted(), console);
                return ExitCodes.ContentErrors;
            case QuoteMissing missing:
                console.Error.WriteLine($"error: the text is not in {relative}; closest passage: \"{missing.ClosestPassage}\"");
                return ExitCodes.ContentErrors;
            case QuoteFound { Options: [var only], Total: 1 }:
                console.Error.WriteLine($"found once in {relative}, line {only.Line}: {Context(only)}");
                WriteYaml(only.Quote);
                return ExitCodes.Success;
            case QuoteFound found:
                console.Error.WriteLine($"the text occurs {found.Total} times in {relative}; each option below picks one place:"
                    + (found.Total > found.Options.Count ? $" (the first {found.Options.Count} are shown; a longer quote is simpler)" : ""));
                for (var i = 0; i < found.Options.Count; i++)
                {
                    var option = found.Options[i];
                    if (i > 0)
                    {
                        console.Out.WriteLine();
                    }
                    console.Out.WriteLine($"# option {i + 1} of {found.Total}, line {option.Line}: {Context(option)}");
                    if (!option.Anchors)
                    {
                        console.Out.WriteLine($"# no prefix or suffix of up to {QuoteFinder.MaxContextWords} words picks this place alone: quote a longer passage");
                    }
                    WriteYaml(option.Quote);
                }
                return ExitCodes.Success;
            default:
                throw new InvalidOperationException("unknown lookup result");
        }
    }

    private void WriteYaml(TextQuote quote)
    {
        console.Out.WriteLine($"quote: {QuoteYaml.Scalar(quote.Exact)}");
        if (quote.Prefix is { } prefix)
        {
            console.Out.WriteLine($"prefix: {QuoteYaml.Scalar(prefix)}");
        }
        if (quote.Suffix is { } suffix)
        {
            console.Out.WriteLine($"suffix: {QuoteYaml.Scalar(suffix)}");
        }
    }

    private static string Context(QuoteOption option) => $"…{option.Before}[{option.Quote.Exact}]{option.After}…";
}
