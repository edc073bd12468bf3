using System.Text;
using RareEarthArchive.Core.Assembly;
using RareEarthArchive.Core.Validation;
using RareEarthArchive.Core.Markdown;
using RareEarthArchive.Core.Text;
using RareEarthArchive.Search;
using RareEarthArchive.Search.Lunr;
using RareEarthArchive.Site.Routing;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// What the site indexes: every source, claim and annotated passage, as lunr documents (for the index and
/// documents.json) and as display entries (for display.json), made in one pass so the two always agree.
/// <para>
/// Refs are short and positional (<c>s0…</c> sources and <c>c0…</c> claims in the assembled model's order,
/// <c>a0…</c> passages grouped by claim: <see cref="PassagesInIndexOrder"/>) because lunr repeats a document's ref in every posting: with page URLs as refs the index of a
/// 10k-source archive would be several times larger. display.json maps each ref to its URL.
/// </para>
/// </summary>
public static class SiteSearchDocuments
{
    /// <summary>Longest snippet source kept per result in display.json, in UTF-16 code units.</summary>
    public const int SnippetLength = 280;

    /// <summary>Longest inline body of a passage (quote, claim and note), for phrase matching.</summary>
    public const int NoteLength = 1200;

    /// <summary>Longest second line (<see cref="SearchDisplayEntry.Meta"/>).</summary>
    public const int MetaLength = 160;

    public const string SourceType = "source";
    public const string ClaimType = "claim";
    public const string AnnotationType = "annotation";

    public static (SearchDocumentSet Documents, IReadOnlyList<(string Ref, SearchDisplayEntry Entry)> Display) Build(SiteModel site, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(urls);
        var documents = new SearchDocumentSet(SearchFields.Ref, SearchFields.All, LunrPipelineSet.Rea);
        var display = new List<(string, SearchDisplayEntry)>(site.Sources.Length + site.Claims.Length + site.AnnotationCount);
        string Relative(string url) => url[urls.BasePath.Length..];

        for (var i = 0; i < site.Sources.Length; i++)
        {
            var entry = site.Sources[i];
            var s = entry.Source;
            var text = entry.Validated.Document.Text.Text;
            var docRef = "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            documents.Add(docRef, new Dictionary<string, string?>
            {
                [SearchFields.Title] = Join(s.Title, s.OriginalTitle),
                [SearchFields.Tags] = string.Join(' ', s.Tags),
                [SearchFields.Publisher] = Join(s.Publisher, s.Author),
                [SearchFields.Body] = text,
            });
            var meta = Join(s.Publisher, s.Published?.ToString(), " · ");
            display.Add((docRef, new SearchDisplayEntry(SourceType, s.Title, Relative(urls.Source(s.Id)), Cap(meta, MetaLength),
                Cap(text, SnippetLength), s.Language, [s.Kind],
                Distinct(entry.Annotations.Select(a => a.Annotation.Stance), site.Config.Vocabularies.Stances), text)));
        }

        for (var i = 0; i < site.Claims.Length; i++)
        {
            var entry = site.Claims[i];
            var c = entry.Claim;
            var commentary = ContributorMarkdown.ToPlainText(c.Commentary);
            var docRef = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            documents.Add(docRef, new Dictionary<string, string?>
            {
                [SearchFields.Title] = c.Statement,
                [SearchFields.Tags] = string.Join(' ', c.Tags.Prepend(c.Topic ?? "").Where(t => t.Length > 0)),
                [SearchFields.Body] = commentary,
            });
            var sources = entry.SourceCount;
            var meta = Join(c.Topic is null ? null : "Topic: " + c.Topic, Plural.Count(sources, "source"), " · ");
            display.Add((docRef, new SearchDisplayEntry(ClaimType, c.Statement, Relative(urls.Claim(c.Id)), Cap(meta, MetaLength),
                Cap(commentary, SnippetLength), site.Config.Language,
                Distinct(entry.Appearances.Select(a => site.Source(a.SourceId).Source.Kind), site.Config.Vocabularies.SourceKinds),
                Distinct(entry.Tally.Where(t => t.Count > 0).Select(t => t.Stance), site.Config.Vocabularies.Stances), commentary)));
        }

        var n = 0;
        foreach (var (entry, annotation, quote) in PassagesInIndexOrder(site))
        {
            var s = entry.Source;
            var a = annotation.Annotation;
            var statement = site.Claim(a.ClaimId).Claim.Statement;
            var docRef = "a" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var note = a.Note is null ? null : ContributorMarkdown.ToPlainText(a.Note);
            documents.Add(docRef, new Dictionary<string, string?>
            {
                [SearchFields.Title] = quote,
                [SearchFields.Claim] = statement,
                [SearchFields.Body] = note,
            });
            display.Add((docRef, new SearchDisplayEntry(AnnotationType, s.Title, Relative(urls.Passage(s.Id, annotation.AnchorId)),
                Cap($"{a.Stance}: {statement}", MetaLength), Cap(quote, SnippetLength), s.Language, [s.Kind], [a.Stance],
                Cap(quote + " " + statement + " " + (note ?? ""), NoteLength), BodyInline: true)));
        }

        return (documents, display);
    }

    /// <summary>
    /// Passages grouped by claim (in the claims' order), shorter quotes first within a claim, else in the model's
    /// order. Results do not depend on it; the shards' size does: a passage's <c>claim</c> field is its claim's
    /// statement, so a claim's passages are consecutive documents with one score for each of its words (one run in
    /// <see cref="RareEarthArchive.Search.Sharding.CompactPostings"/>), and quotes of about one length score a word
    /// alike, which gzip finds. At 10,000 sources this halves "rare earth"'s shards.
    /// </summary>
    private static IEnumerable<(SourceEntry Source, ResolvedAnnotation Annotation, string Quote)> PassagesInIndexOrder(SiteModel site)
    {
        var claimOrder = new Dictionary<string, int>(site.Claims.Length, StringComparer.Ordinal);
        for (var i = 0; i < site.Claims.Length; i++)
        {
            claimOrder[site.Claims[i].Claim.Id] = i;
        }

        return site.Sources
            .SelectMany(entry => entry.Annotations.Select(annotation => (Source: entry, Annotation: annotation,
                Quote: entry.Validated.Document.Text.Text.Substring(annotation.Start, annotation.Length))))
            .OrderBy(p => claimOrder[p.Annotation.Annotation.ClaimId])
            .ThenBy(p => WordCount(p.Quote));
    }

    /// <summary>Runs of non-white-space characters: about the number of terms lunr makes of a quote.</summary>
    private static int WordCount(string text)
    {
        var (count, inWord) = (0, false);
        foreach (var c in text)
        {
            var word = !char.IsWhiteSpace(c);
            count += word && !inWord ? 1 : 0;
            inWord = word;
        }

        return count;
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, whitespace collapsed, cut after a word where there is one near the end.</summary>
    internal static string Cap(string text, int max)
    {
        var collapsed = Collapse(text);
        if (collapsed.Length <= max)
        {
            return collapsed;
        }

        var cut = max - 1;
        if (char.IsLowSurrogate(collapsed[cut]))
        {
            cut--;
        }

        var space = collapsed.LastIndexOf(' ', cut);
        if (space > max * 3 / 4)
        {
            cut = space;
        }

        return collapsed[..cut].TrimEnd() + "…";
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    private static string Join(string? first, string? second, string separator = " ") =>
        string.IsNullOrEmpty(second) ? first ?? "" : string.IsNullOrEmpty(first) ? second : first + separator + second;

    /// <summary>The distinct values in vocabulary order (values missing from the vocabulary last, in ordinal order).</summary>
    private static string[] Distinct(IEnumerable<string> values, IReadOnlyList<string> vocabulary)
    {
        var set = values.ToHashSet(StringComparer.Ordinal);
        return [.. set.OrderBy(v => vocabulary.IndexOf(v) is var i and >= 0 ? i : int.MaxValue).ThenBy(v => v, StringComparer.Ordinal)];
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
