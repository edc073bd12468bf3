using System.Text;

namespace RareEarthArchive.Tests.Exports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes; anything else throws.</summary>
internal static class Rfc4180Reader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (field.Length > 0)
                {
                    throw new FormatException($"a quote inside an unquoted field at {i}");
                }
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }
                continue;
            }
            if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }
            if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException($"a bare CR at {i}");
                }
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
                continue;
            }
            if (text[i] == '\n')
            {
                throw new FormatException($"a bare LF at {i} (records end in CRLF)");
            }
            field.Append(text[i++]);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("the last record does not end in CRLF");
        }
        return records;
    }
}
