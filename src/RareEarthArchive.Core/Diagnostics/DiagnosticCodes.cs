namespace RareEarthArchive.Core.Diagnostics;

/// <summary>
/// Every code the checker can report. CONTRIBUTING.md has a section per code; a test keeps the two in step.
/// Numbering: 000 a bug in rea, 1xx files and YAML, 2xx keys and values, 3xx references and ids, 4xx quotes, 5xx config and theme.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A bug in rea itself, reported (by the live preview) instead of ending the process.</summary>
    public static readonly DiagnosticCode InternalError = new("REA000", "Internal error in rea");

    public static readonly DiagnosticCode NotUtf8 = new("REA101", "File is not valid UTF-8");
    public static readonly DiagnosticCode MissingFrontMatter = new("REA102", "No front matter between --- lines");
    public static readonly DiagnosticCode YamlSyntax = new("REA103", "YAML cannot be read");
    public static readonly DiagnosticCode DuplicateKey = new("REA104", "A key appears twice in one mapping");
    public static readonly DiagnosticCode UnreadableFile = new("REA105", "File or folder cannot be read");
    public static readonly DiagnosticCode UnexpectedFile = new("REA106", "File in content/ that is not part of the format");
    public static readonly DiagnosticCode NotARegularFile = new("REA107", "Symbolic link or special file refused");
    public static readonly DiagnosticCode FileTooLarge = new("REA108", "File is larger than the limit");
    public static readonly DiagnosticCode TooDeep = new("REA109", "Nesting deeper than the limit");

    public static readonly DiagnosticCode MissingKey = new("REA201", "A required key is missing");
    public static readonly DiagnosticCode UnknownKey = new("REA202", "Unknown key (likely a typo)");
    public static readonly DiagnosticCode WrongType = new("REA203", "Value has the wrong shape (text, list or mapping)");
    public static readonly DiagnosticCode NotInVocabulary = new("REA204", "Value is not in the site's vocabulary");
    public static readonly DiagnosticCode InvalidDate = new("REA205", "Not an ISO 8601 date");
    public static readonly DiagnosticCode InvalidNumber = new("REA206", "Not a number");
    public static readonly DiagnosticCode InvalidUrl = new("REA207", "Not an absolute http(s) URL");
    public static readonly DiagnosticCode EmptyValue = new("REA208", "Value is empty");
    public static readonly DiagnosticCode ValueWithoutQuantity = new("REA209", "A value on a claim that has no quantity");
    public static readonly DiagnosticCode InvalidLanguage = new("REA210", "Not a BCP 47 language tag");
    public static readonly DiagnosticCode NotASha256 = new("REA211", "Not a SHA-256 hash");
    public static readonly DiagnosticCode InvalidValueQualifier = new("REA212", "A value mapping needs one qualifier, or min and max");

    public static readonly DiagnosticCode NotASlug = new("REA301", "Id is not a slug");
    public static readonly DiagnosticCode DuplicateId = new("REA302", "Id is used twice");
    public static readonly DiagnosticCode IdFileNameMismatch = new("REA303", "Id does not match the file name");
    public static readonly DiagnosticCode UnknownSource = new("REA304", "Reference to a source that does not exist");
    public static readonly DiagnosticCode UnknownClaim = new("REA305", "Reference to a claim that does not exist");
    public static readonly DiagnosticCode SelfReference = new("REA306", "A source or claim refers to itself");
    public static readonly DiagnosticCode UnknownOrigin = new("REA307", "Reference to an origin that does not exist");
    public static readonly DiagnosticCode OriginCycle = new("REA308", "Sources credit each other in a circle");

    public static readonly DiagnosticCode QuoteNotFound = new("REA401", "Quote matches nothing in the text");
    public static readonly DiagnosticCode QuoteAmbiguous = new("REA402", "Quote matches more than once");
    public static readonly DiagnosticCode EmptyQuote = new("REA403", "Quote is empty");

    /// <summary>A warning: the passage gets no text-fragment link into its original.</summary>
    public static readonly DiagnosticCode FragmentAmbiguous = new("REA404", "No text-fragment link can single out this passage");
    public static readonly DiagnosticCode HashMismatch = new("REA405", "The archived text does not match its archive.sha256");

    public static readonly DiagnosticCode ConfigMissing = new("REA501", "site.config.yml is missing");
    public static readonly DiagnosticCode ThemeMissing = new("REA502", "Theme or template not found");
    public static readonly DiagnosticCode TemplateSyntax = new("REA503", "Template cannot be parsed");
    public static readonly DiagnosticCode TemplateRuntime = new("REA504", "Template failed while rendering");
    public static readonly DiagnosticCode OutputFailed = new("REA505", "Output cannot be written");

    /// <summary>All codes, in numeric order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        InternalError,
        NotUtf8, MissingFrontMatter, YamlSyntax, DuplicateKey, UnreadableFile, UnexpectedFile, NotARegularFile, FileTooLarge, TooDeep,
        MissingKey, UnknownKey, WrongType, NotInVocabulary, InvalidDate, InvalidNumber, InvalidUrl, EmptyValue,
        ValueWithoutQuantity, InvalidLanguage, NotASha256, InvalidValueQualifier,
        NotASlug, DuplicateId, IdFileNameMismatch, UnknownSource, UnknownClaim, SelfReference, UnknownOrigin, OriginCycle,
        QuoteNotFound, QuoteAmbiguous, EmptyQuote, FragmentAmbiguous, HashMismatch,
        ConfigMissing, ThemeMissing, TemplateSyntax, TemplateRuntime, OutputFailed,
    ];
}
