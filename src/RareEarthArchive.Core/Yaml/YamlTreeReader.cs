using System.Collections.Immutable;
using RareEarthArchive.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RareEarthArchive.Core.Yaml;

/// <summary>
/// Parses YAML text into <see cref="YamlNode"/>s with file positions. Never throws on bad input:
/// syntax errors, duplicate keys, aliases and non-scalar keys become diagnostics.
/// </summary>
/// <remarks>
/// YamlDotNet's parser is a state machine, but a tree is built by recursion: flow sequences nested 40,000
/// deep would overflow the stack, which .NET cannot catch. Beyond <see cref="MaxDepth"/> levels the rest of
/// the node is skipped without recursion (YamlDotNet counts the nesting) and reported.
/// </remarks>
public static class YamlTreeReader
{
    /// <summary>The deepest nesting of mappings and sequences front matter may have (the format needs four).</summary>
    public const int MaxDepth = 32;

    /// <param name="lineOffset">Added to YAML line numbers, so positions are lines of the whole file.</param>
    /// <returns>The root node, an empty mapping for empty YAML, or null after a syntax error.</returns>
    public static YamlNode? Read(string yaml, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var context = new ReadContext(path, lineOffset, diagnostics);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new YamlMapping([], new SourceLocation(path, lineOffset, 1));
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, context, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(context.At(second.Start), DiagnosticCodes.YamlSyntax,
                    "front matter holds more than one YAML document; remove the extra '---' or '...'");
                return null;
            }
            return root is YamlScalar { IsNull: true } ? new YamlMapping([], root.Location) : root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(context.At(e.Start), DiagnosticCodes.YamlSyntax, Describe(e));
            return null;
        }
        catch (InvalidOperationException e) when (e.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections
            // ("topic: [unclosed" followed by more lines). The last event read is the nearest place we know.
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Error(context.At(at), DiagnosticCodes.YamlSyntax,
                "the YAML cannot be read from here on; look for an unclosed '[', '{' or quote");
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, ReadContext context, int depth)
    {
        if (depth >= MaxDepth && (parser.Accept<SequenceStart>(out _) || parser.Accept<MappingStart>(out _)))
        {
            var start = parser.Current!.Start;
            context.Diagnostics.Error(context.At(start), DiagnosticCodes.TooDeep,
                $"the YAML nests lists and mappings more than {MaxDepth} levels deep; flatten it");
            parser.SkipThisAndNestedEvents();
            return new YamlScalar("", true, context.At(start));
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, context.At(scalar.Start));
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = ImmutableArray.CreateBuilder<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, context, depth + 1));
            }
            return new YamlSequence(items.ToImmutable(), context.At(sequenceStart.Start));
        }
        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            return ReadMapping(parser, context, mappingStart, depth);
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            context.Diagnostics.Error(context.At(alias.Start), DiagnosticCodes.YamlSyntax,
                $"YAML aliases (*{alias.Value}) are not supported in content; write the value out");
            return new YamlScalar("", true, context.At(alias.Start));
        }
        var current = parser.Current!;
        throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
    }

    private static YamlMapping ReadMapping(IParser parser, ReadContext context, MappingStart start, int depth)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, context, depth + 1);
            var value = ReadNode(parser, context, depth + 1);
            if (keyNode is not YamlScalar key)
            {
                context.Diagnostics.Error(keyNode.Location, DiagnosticCodes.WrongType, "a key must be plain text");
                continue;
            }
            if (!seen.Add(key.Value))
            {
                context.Diagnostics.Error(key.Location, DiagnosticCodes.DuplicateKey,
                    $"the key '{key.Value}' appears more than once in this mapping");
                continue;
            }
            entries.Add(new(key, value));
        }
        return new YamlMapping(entries.ToImmutable(), context.At(start.Start));
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: …, Col: …, Idx: …) - (…): "; the position is ours to print.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private sealed record ReadContext(string Path, int LineOffset, DiagnosticBag Diagnostics)
    {
        // YamlDotNet marks are 1-based; the YAML's line 1 is the file's line LineOffset.
        public SourceLocation At(Mark mark) =>
            new(Path, (int)Math.Max(1, mark.Line) + LineOffset - 1, (int)Math.Max(1, mark.Column));
    }
}
