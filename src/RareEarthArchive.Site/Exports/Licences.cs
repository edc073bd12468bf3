namespace RareEarthArchive.Site.Exports;

/// <summary>
/// The licence facts, spelled once: the downloads page, the exports' metadata (Web Annotation <c>rights</c>, CSL-JSON
/// <c>license</c>, the BibTeX header) and each listing's licence column use these; README.md and the <c>rea init</c>
/// README say the same (a test compares them). The code's own licence is MIT (LICENSE, the package's SPDX expression).
/// </summary>
public static class Licences
{
    public const string CodeSpdx = "MIT";

    /// <summary>The archive's own work: annotations, claims, stances, notes, reviews.</summary>
    public const string AnnotationsSpdx = "CC-BY-4.0";

    public const string AnnotationsName = "CC BY 4.0";

    public const string AnnotationsUrl = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>The archived texts are not the archive's: they are quoted, word for word, to comment on and criticise them.</summary>
    public const string Quotes =
        "The archived texts and quoted passages are third parties' work and remain their authors' and publishers' copyright; they are quoted for commentary and criticism.";

    public const string Annotations =
        "The annotations, claims, stances, notes and reviews are the archive's own work, under " + AnnotationsName + " (" + AnnotationsUrl + "): reuse them with credit to the archive.";

    public const string Schemas = "Describes the content format; free to copy and adapt (" + CodeSpdx + ").";

    /// <summary>Both halves, for a file that holds quoted passages and annotations together.</summary>
    public const string QuotesAndAnnotations = Quotes + " " + Annotations;
}
