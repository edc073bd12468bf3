namespace RareEarthArchive.Core.Diagnostics;

/// <summary>A stable error code with a one-line title. Codes never change meaning once published.</summary>
public sealed record DiagnosticCode(string Id, string Title);
