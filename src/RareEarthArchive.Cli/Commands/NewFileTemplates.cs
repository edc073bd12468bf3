using System.Collections.Immutable;
using RareEarthArchive.Core.Configuration;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// The starting text of a new source or claim, following the content format (docs: content-format.md). The first
/// front-matter line is a yaml-language-server modeline, so editors with the YAML extension check the file against
/// the repository's JSON schema as it is typed.
/// </summary>
internal static class NewFileTemplates
{
    public static string Source(string id, SiteConfig? config) => $"""
        ---
        # yaml-language-server: $schema=../../schemas/source.schema.json
        id: {id}
        title:  # TODO: the headline as published (in "double quotes" if it contains ': ' or starts with a quote)
        language: {config?.Language ?? "en"}  # BCP 47 tag of the archived text: en, zh-Hans, …
        publisher:  # TODO: who published it
        kind:  # TODO: one of {OneOf(config?.Vocabularies.SourceKinds)}
        # original_title: ""  # the title in the original language
        # author: ""
        # url: https://…  # where it was published
        # published: YYYY-MM-DD  # or YYYY-MM, or YYYY
        # tags: [tag-one, tag-two]
        # archive:
        #   retrieved: YYYY-MM-DD
        #   from: original-file.txt  # the file it was archived from
        #   notes: ""  # what page furniture was left out
        # bias:  # if present, perspective and summary are required
        #   perspective:  # one of {OneOf(config?.Vocabularies.Perspectives)}
        #   commercial_interest: ""
        #   summary: ""
        #   signals:
        #     - quote: ""  # `rea quote {id} "text"` prints a quote that anchors
        #       kind:  # one of {OneOf(config?.Vocabularies.SignalKinds)}
        #       note: ""
        # claims:
        #   - claim: claim-id  # a file in content/claims/; `rea new claim claim-id` starts one
        #     quote: ""  # `rea quote {id} "text"` prints quote, prefix and suffix
        #     stance:  # one of {OneOf(config?.Vocabularies.Stances)}
        #     value: 0  # only for claims with a quantity
        #     as_of: YYYY  # when the statement or value applies, if not the publication date
        #     attributed_to: ""  # whom the source credits the statement to, if not itself
        #     note: ""
        #     id: anchor-id  # the annotation's permalink, unique in this file
        # related:
        #   - source: other-source-id
        #     relation:  # one of {OneOf(config?.Vocabularies.SourceRelations)}
        #     note: ""
        # After the closing line: the archived text, word for word, as Markdown.
        ---

        """;

    public static string Claim(string id, SiteConfig? config) => $"""
        ---
        # yaml-language-server: $schema=../../schemas/claim.schema.json
        id: {id}
        statement:  # TODO: the claim in one sentence, as the archive states it
        # topic: topic-slug
        # tags: [tag-one, tag-two]
        # quantity:  # when the claim is about a number; annotations may then give a value
        #   label: ""
        #   unit: "%"
        # related:
        #   - claim: other-claim-id
        #     relation:  # one of {OneOf(config?.Vocabularies.ClaimRelations)}
        #     note: ""
        # review:  # the archive's own assessment; all four keys are required in a review
        #   rating: ""
        #   author: ""
        #   date: YYYY-MM-DD
        #   rationale: ""
        # After the closing line: commentary in Markdown, the context a reader needs to compare the sources.
        ---

        """;

    private static string OneOf(ImmutableArray<string>? values) =>
        values is not { IsDefaultOrEmpty: false } list ? "the values in site.config.yml" : string.Join(", ", list);
}
