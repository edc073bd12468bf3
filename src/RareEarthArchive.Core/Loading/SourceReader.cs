using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>
/// Reads one <c>content/sources/&lt;id&gt;.md</c> file into a <see cref="Source"/>. Which keys exist, which are
/// required and what each must be come from <see cref="ContentFormat.Source"/>; this class only maps the checked
/// values onto the record.
/// </summary>
public static class SourceReader
{
    public static Source? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics) =>
        Read(file, vocabularies, diagnostics, ContentFormat.Standard.Source);

    public static Source? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics, FormatMapping format)
    {
        var map = new MappingReader(file.Root, format, vocabularies, diagnostics);
        if (!map.IsMapping)
        {
            return null;
        }
        var id = FileId.Read(map, file, diagnostics);
        var title = map.Text("title");
        var language = map.Language("language");
        var publisher = map.Text("publisher");
        var kind = map.Vocabulary("kind");
        var archive = map.Mapping("archive") is { } a ? new ArchiveInfo(a.Date("retrieved"), a.Text("from"), a.Text("notes"), Sha256Pin(a, diagnostics)) : null;
        var bias = ReadBias(map.Mapping("bias"));
        var claims = map.Items("claims").Select(ReadAnnotation).OfType<ClaimAnnotation>().ToImmutableArray();
        var related = map.Items("related").Select(ReadRelation).OfType<SourceRelation>().ToImmutableArray();

        if (id is null || title is null || language is null || publisher is null || kind is null)
        {
            return null;
        }
        return new Source(id, title, map.Text("original_title"), language, publisher, map.Text("author"), map.AbsoluteUrl("url"),
            map.Date("published"), kind, map.SlugList("tags"), ReferenceTo(map, ContentFormat.OriginKey), archive, bias, claims, related,
            new SourceText(file.Body, file.BodyFirstLine), map.Location with { Line = 1, Column = 1 });
    }

    private static Bias? ReadBias(MappingReader? map)
    {
        if (map is null)
        {
            return null;
        }
        var perspective = map.Vocabulary("perspective");
        var summary = map.Text("summary");
        var signals = map.Items("signals").Select(signal =>
        {
            var quote = ReadQuote(signal);
            var kind = signal.Vocabulary("kind");
            return quote is null || kind is null ? null : new BiasSignal(quote, kind, signal.Text("note"), signal.Location);
        }).OfType<BiasSignal>().ToImmutableArray();
        return perspective is null || summary is null ? null : new Bias(perspective, map.Text("commercial_interest"), summary, signals);
    }

    private static ClaimAnnotation? ReadAnnotation(MappingReader map)
    {
        var claim = map.Slug("claim");
        var quote = ReadQuote(map);
        var stance = map.Vocabulary("stance");
        if (claim is null || quote is null || stance is null)
        {
            return null;
        }
        return new ClaimAnnotation(claim, quote, stance, map.QuantityValue("value"), map.Date("as_of"), map.Text("attributed_to"),
            ReferenceTo(map, ContentFormat.OriginKey), map.Text("note"),
            map.Slug("id"), map.Location, map.LocationOf("claim"), map.Has("value") ? map.LocationOf("value") : null);
    }

    private static Reference? ReferenceTo(MappingReader map, string key) =>
        map.Slug(key) is { } value ? new Reference(value, map.LocationOf(key)) : null;

    /// <summary><c>archive.sha256</c>: 64 hexadecimal digits (upper case accepted, compared in lower case).</summary>
    private static Reference? Sha256Pin(MappingReader archive, DiagnosticBag diagnostics)
    {
        if (archive.Text("sha256") is not { } pin)
        {
            return null;
        }
        if (pin.Length != 64 || !pin.All(char.IsAsciiHexDigit))
        {
            diagnostics.Error(archive.LocationOf("sha256"), DiagnosticCodes.NotASha256,
                $"'{pin}' is not a SHA-256 hash (64 hexadecimal digits); `rea hash <id>` prints the archived text's hash");
            return null;
        }
        return new Reference(pin.ToLowerInvariant(), archive.LocationOf("sha256"));
    }

    private static QuoteSelector? ReadQuote(MappingReader map) =>
        map.Text("quote") is { } exact ? new QuoteSelector(exact, map.Text("prefix"), map.Text("suffix"), map.LocationOf("quote")) : null;

    private static SourceRelation? ReadRelation(MappingReader map)
    {
        var source = map.Slug("source");
        var relation = map.Vocabulary("relation");
        return source is null || relation is null ? null : new SourceRelation(source, relation, map.Text("note"), map.LocationOf("source"));
    }
}
