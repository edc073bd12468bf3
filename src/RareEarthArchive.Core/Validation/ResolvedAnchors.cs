using RareEarthArchive.Core.Model;

namespace RareEarthArchive.Core.Validation;

/// <summary>A claim annotation whose quote was found exactly once: its place in the reader text and its page anchor.</summary>
public sealed record ResolvedAnnotation(ClaimAnnotation Annotation, string AnchorId, int Start, int Length);

/// <summary>A bias signal whose quote was found exactly once.</summary>
public sealed record ResolvedSignal(BiasSignal Signal, string AnchorId, int Start, int Length);
