namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// lunr's BM25 field scoring, with its exact operation order in IEEE doubles and V8's Math.log and
/// Math.round, so every rounded value matches lunr.js to the last digit.
/// </summary>
internal static class Bm25
{
    /// <summary>lunr.idf: ln(1 + |(N − n + 0.5) / (n + 0.5)|), n counting document-field pairs.</summary>
    public static double Idf(int documentFieldPairs, int documentCount)
    {
        var x = (documentCount - documentFieldPairs + 0.5) / (documentFieldPairs + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }

    /// <summary>The score stored in a field vector: BM25 × field boost × document boost, rounded to 3 decimals.</summary>
    public static double Score(double idf, int tf, int fieldLength, double averageFieldLength, double k1, double b, double fieldBoost, double docBoost)
    {
        var score = idf * ((k1 + 1) * tf) / ((k1 * (1 - b + (b * (fieldLength / averageFieldLength)))) + tf);
        score *= fieldBoost;
        score *= docBoost;
        return JsMath.Round(score * 1000) / 1000;
    }

    /// <summary>JavaScript's <c>boost || 1</c>: missing, 0 and NaN boosts count as 1.</summary>
    public static double EffectiveBoost(double? boost) =>
        boost is double value && value != 0 && !double.IsNaN(value) ? value : 1;
}
