using System.Text;

namespace RareEarthArchive.Site.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF between records (the RFC's line break), a header row, a field quoted when it holds a
/// comma, a double quote, CR or LF, with its quotes doubled. The bytes start with a UTF-8 BOM: without it,
/// Excel reads the file as the machine's ANSI code page and garbles the Chinese text and typographic quotes
/// of this archive; every CSV library either skips the BOM or has a switch for it (Python's
/// <c>encoding="utf-8-sig"</c>), and the RFC does not forbid it.
/// </summary>
/// <remarks>
/// Text cells are neutralised against formula injection (OWASP "CSV Injection"): a cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR gets a leading <c>'</c>, so a spreadsheet shows
/// the text instead of evaluating <c>=HYPERLINK(…)</c>. Number cells are not touched: a value the generator
/// formatted itself (<c>-3</c>) can only be a number, and a spreadsheet reads it as one; prefixing it would
/// turn data into text. The JSON twin carries the raw values.
/// </remarks>
public static class CsvWriter
{
    public static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<(string?[] Cells, ISet<int> NumberColumns)> rows)
    {
        var text = new StringBuilder();
        AppendRecord(text, [.. header], new HashSet<int>());
        foreach (var (cells, numbers) in rows)
        {
            AppendRecord(text, cells, numbers);
        }
        return [.. Utf8Bom, .. new UTF8Encoding(false).GetBytes(text.ToString())];
    }

    /// <summary>A text cell as written to the file, neutralised then quoted as needed.</summary>
    public static string Field(string? value, bool isNumber = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var text = isNumber ? value : Neutralise(value);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Prefixes <c>'</c> to text a spreadsheet would read as a formula.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void AppendRecord(StringBuilder text, string?[] cells, ISet<int> numbers)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            text.Append(Field(cells[i], numbers.Contains(i)));
        }
        text.Append("\r\n");
    }
}
