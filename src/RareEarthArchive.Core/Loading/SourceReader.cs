using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;
using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Model;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>Reads one <c>content/sources/&lt;id&gt;.md</c> file into a <see cref="Source"/>, reporting every problem.</summary>
public static class SourceReader
{
    private static readonly string[] Keys =
        ["id", "title", "original_title", "language", "publisher", "author", "url", "published", "kind", "tags", "archive", "bias", "claims", "related"];
    private static readonly string[] ArchiveKeys = ["retrieved", "from", "notes"];
    private static readonly string[] BiasKeys = ["perspective", "commercial_interest", "summary", "signals"];
    private static readonly string[] SignalKeys = ["quote", "prefix", "suffix", "kind", "note"];
    private static readonly string[] AnnotationKeys = ["claim", "quote", "prefix", "suffix", "stance", "value", "as_of", "attributed_to", "note", "id"];
    private static readonly string[] RelationKeys = ["source", "relation", "note"];

    public static Source? Read(ContentFile file, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        var map = new MappingReader(file.Root, "a source's front matter", Keys, diagnostics);
        if (!map.IsMapping)
        {
            return null;
        }
        var id = FileId.Read(map, file, diagnostics);
        var title = map.Text("title", required: true);
        var originalTitle = map.Text("original_title", required: false);
        var language = map.Text("language", required: true);
        if (language is not null && !LanguageTag.IsValid(language))
        {
            diagnostics.Error(map.LocationOf("language"), DiagnosticCodes.InvalidLanguage,
                $"'{language}' is not a BCP 47 language tag such as en or zh-Hans");
            language = null;
        }
        var publisher = map.Text("publisher", required: true);
        var author = map.Text("author", required: false);
        var url = map.AbsoluteUrl("url", required: false);
        var published = map.Date("published", required: false);
        var kind = map.Vocabulary("kind", true, vocabularies.SourceKinds, "source_kinds");
        var tags = map.SlugList("tags");
        var archive = ReadArchive(map.Mapping("archive", false, "archive", ArchiveKeys));
        var bias = ReadBias(map.Mapping("bias", false, "bias", BiasKeys), vocabularies, diagnostics);
        var claims = map.Sequence("claims").Select(n => ReadAnnotation(n, vocabularies, diagnostics)).OfType<ClaimAnnotation>().ToImmutableArray();
        var related = map.Sequence("related").Select(n => ReadRelation(n, vocabularies, diagnostics)).OfType<SourceRelation>().ToImmutableArray();

        if (id is null || title is null || language is null || publisher is null || kind is null)
        {
            return null;
        }
        return new Source(id, title, originalTitle, language, publisher, author, url, published, kind, tags, archive, bias,
            claims, related, new SourceText(file.Body, file.BodyFirstLine), map.Location with { Line = 1, Column = 1 });
    }

    private static ArchiveInfo? ReadArchive(MappingReader? map) =>
        map is null ? null : new ArchiveInfo(map.Date("retrieved", false), map.Text("from", false), map.Text("notes", false));

    private static Bias? ReadBias(MappingReader? map, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }
        var perspective = map.Vocabulary("perspective", true, vocabularies.Perspectives, "perspectives");
        var commercial = map.Text("commercial_interest", false);
        var summary = map.Text("summary", true);
        var signals = map.Sequence("signals").Select(node =>
        {
            var signal = new MappingReader(node, "a bias signal", SignalKeys, diagnostics);
            var quote = ReadQuote(signal);
            var kind = signal.Vocabulary("kind", true, vocabularies.SignalKinds, "signal_kinds");
            var note = signal.Text("note", false);
            return quote is null || kind is null ? null : new BiasSignal(quote, kind, note, signal.Location);
        }).OfType<BiasSignal>().ToImmutableArray();
        return perspective is null || summary is null ? null : new Bias(perspective, commercial, summary, signals);
    }

    private static ClaimAnnotation? ReadAnnotation(YamlNode node, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        var map = new MappingReader(node, "a claim annotation", AnnotationKeys, diagnostics);
        if (!map.IsMapping)
        {
            return null;
        }
        var claim = map.Slug("claim", true);
        var quote = ReadQuote(map);
        var stance = map.Vocabulary("stance", true, vocabularies.Stances, "stances");
        var value = map.Number("value");
        var asOf = map.Date("as_of", required: false);
        var attributedTo = map.Text("attributed_to", required: false);
        var note = map.Text("note", false);
        var id = map.Slug("id", false);
        if (claim is null || quote is null || stance is null)
        {
            return null;
        }
        return new ClaimAnnotation(claim, quote, stance, value, asOf, attributedTo, note, id, map.Location, map.LocationOf("claim"),
            map.Has("value") ? map.LocationOf("value") : null);
    }

    private static QuoteSelector? ReadQuote(MappingReader map)
    {
        var exact = map.Text("quote", true);
        return exact is null ? null : new QuoteSelector(exact, map.Text("prefix", false), map.Text("suffix", false), map.LocationOf("quote"));
    }

    private static SourceRelation? ReadRelation(YamlNode node, Vocabularies vocabularies, DiagnosticBag diagnostics)
    {
        var map = new MappingReader(node, "a related source", RelationKeys, diagnostics);
        var source = map.Slug("source", true);
        var relation = map.Vocabulary("relation", true, vocabularies.SourceRelations, "source_relations");
        var note = map.Text("note", false);
        return source is null || relation is null ? null : new SourceRelation(source, relation, note, map.LocationOf("source"));
    }
}
