using System.Globalization;
using RareEarthArchive.Cli.Console;

namespace RareEarthArchive.Cli.Commands;

/// <summary>
/// The reproducible-builds convention: a build time only when SOURCE_DATE_EPOCH gives one, so two builds
/// of the same input are byte-identical by default.
/// </summary>
internal static class SourceDateEpoch
{
    public static DateTimeOffset? Read(ICommandConsole console) =>
        console.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { } text
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
