namespace RareEarthArchive.Cli.Preview;

/// <summary>
/// What the server shows: the last good build (its number and files) and, when the newest build failed,
/// its diagnostics as printed lines. Immutable, swapped as a whole, so a request never sees half of a rebuild.
/// </summary>
internal sealed record PreviewState(long Build, ISiteFiles? Files, IReadOnlyList<string> Errors)
{
    public static PreviewState Starting { get; } = new(0, null, []);

    public bool Failed => Errors.Count > 0;
}
