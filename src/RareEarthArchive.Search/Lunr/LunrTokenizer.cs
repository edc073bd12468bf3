namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// lunr.tokenizer: lowercases the JavaScript string form of a value and cuts it at separators
/// (JS whitespace and '-'), counting positions in UTF-16 units of the lowercased text.
/// Arrays give one unsplit token per element.
/// </summary>
internal static class LunrTokenizer
{
    public static List<LunrToken> Tokenize(LunrValue? value, string field)
    {
        var tokens = new List<LunrToken>();
        if (value is null || value.Kind == LunrValueKind.Null)
        {
            return tokens;
        }

        if (value.Kind == LunrValueKind.Array)
        {
            foreach (var item in value.Items)
            {
                // lunr.utils.asString: null becomes "", everything else its toString().
                var text = item.Kind == LunrValueKind.Null ? string.Empty : item.ToJsString();
                tokens.Add(new LunrToken(JsLowerCase.ToLower(text), new LunrTokenMetadata(field)));
            }

            return tokens;
        }

        var str = JsLowerCase.ToLower(value.ToJsString());
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
        {
            if (sliceEnd == str.Length || JsText.IsSeparator(str[sliceEnd]))
            {
                var sliceLength = sliceEnd - sliceStart;
                if (sliceLength > 0)
                {
                    var metadata = new LunrTokenMetadata(field, sliceStart, sliceLength, tokens.Count);
                    tokens.Add(new LunrToken(str.Substring(sliceStart, sliceLength), metadata));
                }

                sliceStart = sliceEnd + 1;
            }
        }

        return tokens;
    }
}
