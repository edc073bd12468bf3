using System.Globalization;
using System.Text;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// YAML double-quoted scalars for the lines <c>rea quote</c> prints. Double quotes because quoted text is full of
/// characters that change the meaning of a plain scalar (': ', ' #', a leading quote or dash); inside them only
/// the backslash, the double quote and control characters need escaping.
/// </summary>
internal static class QuoteYaml
{
    public static string Scalar(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case '"':
                    text.Append("\\\"");
                    break;
                case '\t':
                    text.Append(@"\t");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    text.Append(@"\r");
                    break;
                // Line and paragraph separators and NEL are line breaks to YAML: escape them, or they fold.
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                case var control when char.IsControl(control):
                    text.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }
}
