using System.Text;

namespace RareEarthArchive.Cli.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>) with the runner's own escaping,
/// as in actions/toolkit <c>packages/core/src/command.ts</c>: in the message <c>%</c>, CR and LF are escaped;
/// in a property value also <c>:</c> and <c>,</c>, which would otherwise end the value.
/// </summary>
internal static class WorkflowCommand
{
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>One command line; properties in the order given, joined with ',' after one space.</summary>
    public static string Format(string command, IReadOnlyList<(string Name, string Value)> properties, string message)
    {
        var line = new StringBuilder("::").Append(command);
        for (var i = 0; i < properties.Count; i++)
        {
            line.Append(i == 0 ? ' ' : ',').Append(properties[i].Name).Append('=').Append(EscapeProperty(properties[i].Value));
        }
        return line.Append("::").Append(EscapeData(message)).ToString();
    }
}
