using System.Globalization;

namespace RareEarthArchive.Core.Text;

/// <summary>
/// English number agreement, spelled once for the command line, the views and the templates (which call
/// <see cref="Count"/> as <c>{{ plural n "claim" }}</c> and <see cref="Word"/> as <c>{{ plural_word n "claim" }}</c>):
/// "1 claim", "2 claims", "0 claims". A plural that is not the singular plus "s", or a phrase whose verb agrees too,
/// is given: <c>Count(n, "passage traces", "passages trace")</c>.
/// </summary>
public static class Plural
{
    /// <summary>The count (invariant digits) and the words that agree with it: "1 source", "3 sources".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Word(count, singular, plural);

    /// <summary>The words alone: <paramref name="singular"/> for one, otherwise <paramref name="plural"/>, or the singular with "s".</summary>
    public static string Word(int count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }

    /// <summary>
    /// A third-person verb's form for a plural subject: "supports" → "support", "qualifies" → "qualify", "touches" →
    /// "touch". Stances are such verbs in the config's vocabulary, so a tally reads <c>Count(n, stance, Verb(stance))</c>:
    /// "1 supports", "3 support".
    /// </summary>
    public static string Verb(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return verb.EndsWith("ies", StringComparison.Ordinal) && verb.Length > 3 ? verb[..^3] + "y"
            : verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal) || verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal) ? verb[..^2]
            : verb.EndsWith('s') ? verb[..^1]
            : verb;
    }
}
