using RareEarthArchive.Core.Configuration;

namespace RareEarthArchive.Core.Format;

/// <summary>
/// The content format as data: every mapping of a source, a claim and <c>site.config.yml</c>, each key with its
/// kind, whether it is required, its vocabulary and a line for people. The readers take their allowed keys,
/// required keys and suggestions from it; the JSON Schemas, the <c>rea new</c> templates and the guide's key
/// tables are generated from it. What it cannot say (an id equal to the file name, references between files,
/// quote anchoring) stays in the readers and the validator. The typed records stay hand-written.
/// </summary>
/// <param name="Source">The front matter of <c>content/sources/&lt;id&gt;.md</c>.</param>
/// <param name="Claim">The front matter of <c>content/claims/&lt;id&gt;.md</c>.</param>
/// <param name="SiteConfig">The keys of <c>site.config.yml</c>.</param>
public sealed record ContentFormat(FormatMapping Source, FormatMapping Claim, FormatMapping SiteConfig)
{
    /// <summary>The key of a source's or claim's id, which must equal the file's name (the reader checks that).</summary>
    public const string IdKey = "id";

    /// <summary>The key, on a source and on a claim annotation, that references whom the text relays.</summary>
    public const string OriginKey = "origin";

    /// <summary>The format this version of rea reads.</summary>
    public static ContentFormat Standard { get; } = Create();

    private static ContentFormat Create()
    {
        // Shared by bias signals and claim annotations: one passage of the text, as a W3C TextQuoteSelector.
        FormatKey[] quote =
        [
            FormatKey.Text("quote", true, "The exact passage, as it appears in the text (white space runs count as one space; typographic and straight quotes match each other). It must match exactly once."),
            FormatKey.Text("prefix", false, "Text just before the quote, to pick one of several matches."),
            FormatKey.Text("suffix", false, "Text just after the quote, to pick one of several matches."),
        ];

        var source = new FormatMapping("a source's front matter", "The YAML front matter of content/sources/<id>.md: one archived document.",
        [
            FormatKey.Slug(IdKey, true, "The source's id: its file name without .md and its page's URL segment; never changes once published."),
            FormatKey.Text("title", true, "The title (in the archive's language)."),
            FormatKey.Text("original_title", false, "The title in the original language."),
            FormatKey.Language("language", true, "BCP 47 language tag of the archived text: en, zh-Hans, …"),
            FormatKey.Text("publisher", true, "Who published the document."),
            FormatKey.Text("author", false, "The author, when known."),
            FormatKey.Url("url", false, "Where the document was published."),
            FormatKey.Date("published", false, "Publication date: YYYY-MM-DD, YYYY-MM or YYYY."),
            FormatKey.FromVocabulary("kind", true, VocabularyNames.SourceKinds, "The kind of document."),
            FormatKey.SlugList("tags", false, "Free tags (slugs)."),
            FormatKey.Slug(OriginKey, false, "Whom the whole text relays, where it is not its own: a declared origin's id (site.config.yml origins) or an archived source's id."),
            FormatKey.Nested("archive", false, "Provenance of the archived copy.", new("archive", "Provenance of the archived copy.",
            [
                FormatKey.Date("retrieved", false, "When the copy was made."),
                FormatKey.Text("from", false, "The file it was archived from."),
                FormatKey.Text("notes", false, "What was left out (page furniture) and any other remark on the copy."),
                FormatKey.Text("sha256", false, "Pins the archived text: the SHA-256 (64 hex digits) of the body after the front matter; a body that no longer matches is an error. `rea hash <id>` prints it."),
            ])),
            FormatKey.Nested("bias", false, "The editors' description of the source's leaning, backed by quote-anchored signals.", new("bias",
                "The editors' description of the source's leaning, backed by quote-anchored signals.",
            [
                FormatKey.FromVocabulary("perspective", true, VocabularyNames.Perspectives, "The source's perspective."),
                FormatKey.Text("commercial_interest", false, "A commercial interest of the publisher in the topic."),
                FormatKey.Text("summary", true, "One or two sentences a reader can check against the signals."),
                FormatKey.ListOf("signals", false, "Quote-anchored evidence for the summary.", new("a bias signal", "A passage that shows the bias.",
                [
                    .. quote,
                    FormatKey.FromVocabulary("kind", true, VocabularyNames.SignalKinds, "The kind of signal."),
                    FormatKey.Text("note", false, "Why the passage is a signal (Markdown, no raw HTML)."),
                ])),
            ])),
            FormatKey.ListOf("claims", false, "Quote-anchored passages tied to canonical claims.", new("a claim annotation", "A passage that states a claim.",
            [
                FormatKey.Slug("claim", true, "The id of a file in content/claims/."),
                .. quote,
                FormatKey.FromVocabulary("stance", true, VocabularyNames.Stances, "How the passage relates to the claim."),
                FormatKey.QuantityValue("value", false, "The number the passage gives, where the claim has a quantity: 90, or in the text's words {over: 80}, {nearly: 90}, {min: 25, max: 30}.",
                    new("a qualified value", "The figure with the text's qualifier: one of these keys, or min and max for a range.",
                        [.. Model.QuantityValue.Keys.Select(k => FormatKey.Number(k.Key, false, $"{char.ToUpperInvariant(k.Meaning[0])}{k.Meaning[1..]}."))])),
                FormatKey.Date("as_of", false, "The time the statement or value refers to, where the text gives or implies one: YYYY-MM-DD, YYYY-MM or YYYY."),
                FormatKey.Text("attributed_to", false, "Whom the source credits the statement to, where it is not its own: \"Reuters\", \"unnamed US officials\"."),
                FormatKey.Slug(OriginKey, false, "The origin the passage relays, as a reference: a declared origin's id (site.config.yml origins) or an archived source's id; overrides the source's origin."),
                FormatKey.Text("note", false, "A remark on the passage (Markdown, no raw HTML)."),
                FormatKey.Slug("id", false, "The annotation's permalink anchor, unique in this file."),
            ])),
            FormatKey.ListOf("related", false, "Cross-references to other sources.", new("a related source", "A related source.",
            [
                FormatKey.Slug("source", true, "Another source's id."),
                FormatKey.FromVocabulary("relation", true, VocabularyNames.SourceRelations, "How the sources relate."),
                FormatKey.Text("note", false, "A remark on the relation."),
            ])),
        ]);

        var claim = new FormatMapping("a claim's front matter", "The YAML front matter of content/claims/<id>.md: one canonical claim.",
        [
            FormatKey.Slug(IdKey, true, "The claim's id: its file name without .md and its page's URL segment; never changes once published."),
            FormatKey.Text("statement", true, "The claim, in one sentence."),
            FormatKey.Slug("topic", false, "The topic the claim is listed under."),
            FormatKey.SlugList("tags", false, "Free tags (slugs)."),
            FormatKey.Nested("quantity", false, "The claim is about a number: what it measures.", new("quantity", "The claim is about a number: what it measures.",
            [
                FormatKey.Text("label", true, "What the number is."),
                FormatKey.Text("unit", false, "Its unit, e.g. %."),
            ])),
            FormatKey.ListOf("related", false, "Links to other claims.", new("a related claim", "A related claim.",
            [
                FormatKey.Slug("claim", true, "Another claim's id."),
                FormatKey.FromVocabulary("relation", true, VocabularyNames.ClaimRelations, "How the claims relate."),
                FormatKey.Text("note", false, "A remark on the relation."),
            ])),
            FormatKey.Nested("review", false, "The archive's own assessment of the claim.", new("review", "The archive's own assessment of the claim.",
            [
                FormatKey.Text("rating", true, "The verdict in a few words."),
                FormatKey.Text("author", true, "Who reviewed it."),
                FormatKey.Date("date", true, "When: YYYY-MM-DD, YYYY-MM or YYYY."),
                FormatKey.Text("rationale", true, "Why (Markdown, no raw HTML)."),
            ])),
        ]);

        var config = new FormatMapping("site.config.yml", "Site settings and the controlled vocabularies every content value must come from.",
        [
            FormatKey.Text("title", true, "The site's title."),
            FormatKey.Text("description", true, "One line for search engines and feeds."),
            FormatKey.Url("base_url", true, "Absolute URL of the published site; its path is the site's base path."),
            FormatKey.Language("language", true, "BCP 47 language tag of the site."),
            FormatKey.Text("theme", false, "The theme folder under themes/ (default: the built-in theme)."),
            FormatKey.Nested("vocabularies", true, "The controlled vocabularies.", new("vocabularies", "The controlled vocabularies.",
                [.. VocabularyNames.All.Select(name => FormatKey.SlugList(name, true, $"The allowed values of {name}."))])),
            FormatKey.ListOf("topics", false, "Titles of claim topics, as pages show them (a topic without one shows its id with spaces).", new("a topic", "A claim topic's title.",
            [
                FormatKey.Slug("id", true, "The topic, as claims give it in topic."),
                FormatKey.Text("title", true, "Its name for readers: \"US–China talks\"."),
            ])),
            FormatKey.ListOf("origins", false, "Origins that sources relay and the archive does not hold: a wire service, a newspaper, an official, \"unnamed US media\"; each declared once.",
                new("an origin", "An origin declared once, referred to by its id in `origin` keys.",
            [
                FormatKey.Slug(IdKey, true, "The origin's id (a slug, distinct from every source id): its page's URL segment."),
                FormatKey.Text("name", true, "The origin's name as a reader should see it: \"Reuters\", \"unnamed US media\"."),
                FormatKey.Url("url", false, "The origin's home page."),
                FormatKey.Text("note", false, "What the origin is, in a sentence (Markdown, no raw HTML)."),
            ])),
        ]);

        return new ContentFormat(source, claim, config);
    }
}
