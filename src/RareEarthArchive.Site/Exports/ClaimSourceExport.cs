using System.Text.Json.Nodes;
using RareEarthArchive.Site.Metadata;

namespace RareEarthArchive.Site.Exports;

/// <summary>The claims × sources table as CSV (for spreadsheets) and as JSON (for programs): the same rows and columns.</summary>
public static class ClaimSourceExport
{
    public const string CsvPath = "data/claims-sources.csv";
    public const string JsonPath = "data/claims-sources.json";

    private static readonly HashSet<int> NumberColumns = [Array.IndexOf(ClaimSourceRow.Columns, "value"), Array.IndexOf(ClaimSourceRow.Columns, "value_max")];

    public static byte[] ToCsv(IReadOnlyList<ClaimSourceRow> rows) =>
        CsvWriter.Write(ClaimSourceRow.Columns, rows.Select(r => (r.Cells(), (ISet<int>)NumberColumns)));

    /// <summary>An array of objects keyed by the CSV's column names; empty cells are null, <c>value</c> and <c>value_max</c> are numbers.</summary>
    public static string ToJson(IReadOnlyList<ClaimSourceRow> rows)
    {
        var array = new JsonArray();
        foreach (var row in rows)
        {
            var cells = row.Cells();
            var item = new JsonObject();
            for (var i = 0; i < ClaimSourceRow.Columns.Length; i++)
            {
                var column = ClaimSourceRow.Columns[i];
                item[column] = column switch
                {
                    "value" => row.Value is { } v ? JsonValue.Create(v) : null,
                    "value_max" => row.ValueMax is { } max ? JsonValue.Create(max) : null,
                    _ => cells[i] is { } text ? JsonValue.Create(text) : null,
                };
            }
            array.Add(item);
        }
        return JsonText.ToFileText(array);
    }
}
