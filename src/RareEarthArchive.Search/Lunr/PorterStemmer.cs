using System.Text.RegularExpressions;

namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// Martin Porter's stemmer in the exact regular-expression formulation lunr.js ships, so odd inputs
/// (digits, punctuation, non-ASCII letters, which all count as consonants) stem the same way.
/// JavaScript regex details are kept: '.' never matches a line terminator and '$' only matches at
/// the very end, hence the explicit class and \z below.
/// </summary>
internal static class PorterStemmer
{
    private const string Any = @"[^\n\r\u2028\u2029]"; // JavaScript '.'
    private const string Cons = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsSeq = Cons + "[^aeiouy]*";
    private const string VowelSeq = Vowel + "[aeiou]*";
    // Compiled: the stemmer runs once per indexed token, and interpreted regexes made it most of the index build time.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex Mgr0 = Make("^(" + ConsSeq + ")?" + VowelSeq + ConsSeq);
    private static readonly Regex Meq1 = Make("^(" + ConsSeq + ")?" + VowelSeq + ConsSeq + "(" + VowelSeq + @")?\z");
    private static readonly Regex Mgr1 = Make("^(" + ConsSeq + ")?" + VowelSeq + ConsSeq + VowelSeq + ConsSeq);
    private static readonly Regex HasVowel = Make("^(" + ConsSeq + ")?" + Vowel);
    private static readonly Regex Cvc = Make("^" + ConsSeq + Vowel + @"[^aeiouwxy]\z");

    private static readonly Regex Step1aSses = Make("^(" + Any + @"+?)(ss|i)es\z");
    private static readonly Regex Step1aS = Make("^(" + Any + @"+?)([^s])s\z");
    private static readonly Regex Step1bEed = Make("^(" + Any + @"+?)eed\z");
    private static readonly Regex Step1bEdIng = Make("^(" + Any + @"+?)(ed|ing)\z");
    private static readonly Regex EndsAtBlIz = Make(@"(at|bl|iz)\z");
    private static readonly Regex EndsDoubleCons = Make(@"([^aeiouylsz])\1\z");
    private static readonly Regex LastChar = Make(Any + @"\z");
    private static readonly Regex Step1c = Make("^(" + Any + @"+?[^aeiou])y\z");
    private static readonly Regex Step2 = Make("^(" + Any + @"+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z");
    private static readonly Regex Step3 = Make("^(" + Any + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z");
    private static readonly Regex Step4 = Make("^(" + Any + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z");
    private static readonly Regex Step4Ion = Make("^(" + Any + @"+?)(s|t)(ion)\z");
    private static readonly Regex Step5E = Make("^(" + Any + @"+?)e\z");
    private static readonly Regex EndsLl = Make(@"ll\z");

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    public static string Stem(string w)
    {
        if (w.Length < 3)
        {
            return w;
        }

        // An initial y acts as a consonant; upper case keeps it out of the vowel classes meanwhile.
        var initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        Match m;

        // Step 1a: plurals.
        if (Step1aSses.IsMatch(w))
        {
            w = Step1aSses.Replace(w, "$1$2", 1);
        }
        else if (Step1aS.IsMatch(w))
        {
            w = Step1aS.Replace(w, "$1$2", 1);
        }

        // Step 1b: -eed, -ed, -ing.
        if ((m = Step1bEed.Match(w)).Success)
        {
            if (Mgr0.IsMatch(m.Groups[1].Value))
            {
                w = LastChar.Replace(w, string.Empty, 1);
            }
        }
        else if ((m = Step1bEdIng.Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (HasVowel.IsMatch(stem))
            {
                w = stem;
                if (EndsAtBlIz.IsMatch(w))
                {
                    w += "e";
                }
                else if (EndsDoubleCons.IsMatch(w))
                {
                    w = LastChar.Replace(w, string.Empty, 1);
                }
                else if (Cvc.IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c: y to i after a consonant.
        if ((m = Step1c.Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2.
        if ((m = Step2.Match(w)).Success && Mgr0.IsMatch(m.Groups[1].Value))
        {
            w = m.Groups[1].Value + Step2Suffixes[m.Groups[2].Value];
        }

        // Step 3.
        if ((m = Step3.Match(w)).Success && Mgr0.IsMatch(m.Groups[1].Value))
        {
            w = m.Groups[1].Value + Step3Suffixes[m.Groups[2].Value];
        }

        // Step 4: the -ion rule is tried only when no other suffix matched at all.
        if ((m = Step4.Match(w)).Success)
        {
            if (Mgr1.IsMatch(m.Groups[1].Value))
            {
                w = m.Groups[1].Value;
            }
        }
        else if ((m = Step4Ion.Match(w)).Success)
        {
            var stem = m.Groups[1].Value + m.Groups[2].Value;
            if (Mgr1.IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5: final e, then ll.
        if ((m = Step5E.Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (Mgr1.IsMatch(stem) || (Meq1.IsMatch(stem) && !Cvc.IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (EndsLl.IsMatch(w) && Mgr1.IsMatch(w))
        {
            w = LastChar.Replace(w, string.Empty, 1);
        }

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    private static Regex Make(string pattern) => new(pattern, Options);
}
