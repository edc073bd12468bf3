namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// A token flowing through a pipeline: its text plus the metadata the tokenizer attached
/// (lunr's <c>lunr.Token</c>). Pipeline functions that change the text keep the metadata.
/// </summary>
public sealed class LunrToken
{
    public LunrToken(string text, LunrTokenMetadata metadata)
    {
        Text = text;
        Metadata = metadata;
    }

    public string Text { get; }

    public LunrTokenMetadata Metadata { get; }

    /// <summary>A token with new text and the same metadata (lunr's <c>token.update</c>/<c>clone</c>).</summary>
    public LunrToken WithText(string text) => string.Equals(text, Text, StringComparison.Ordinal) ? this : new LunrToken(text, Metadata);

    public override string ToString() => Text;
}

/// <summary>
/// The metadata lunr's tokenizer gives a token: <c>fields</c> always, <c>position</c> and <c>index</c>
/// only for tokens cut from a string (array elements have neither).
/// </summary>
public sealed class LunrTokenMetadata
{
    public LunrTokenMetadata(string field, int? start = null, int? length = null, int? index = null)
    {
        Field = field;
        Start = start;
        Length = length;
        Index = index;
    }

    public string Field { get; }

    public int? Start { get; }

    public int? Length { get; }

    public int? Index { get; }

    /// <summary>
    /// The JSON lunr writes for <c>token.metadata[key]</c> when <paramref name="key"/> is whitelisted.
    /// Any other key is undefined in lunr, which JSON.stringify writes as null inside an array.
    /// </summary>
    internal string ToJson(string key) => key switch
    {
        "fields" => "[" + JsText.ToJsonString(Field) + "]",
        "position" when Start is int s && Length is int l => "[" + Int(s) + "," + Int(l) + "]",
        "index" when Index is int i => Int(i),
        _ => "null",
    };

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
