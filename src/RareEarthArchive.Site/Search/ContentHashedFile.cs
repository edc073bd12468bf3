using System.Security.Cryptography;
using RareEarthArchive.Site.Outputs;

namespace RareEarthArchive.Site.Search;

/// <summary>
/// Search data files are named by the hash of their bytes: a browser may cache them forever, a deployment never
/// pairs a new manifest with an old shard, and a rebuild that changes one shard renames only that shard.
/// </summary>
internal static class ContentHashedFile
{
    /// <summary>Hex characters of SHA-256 kept in a name: 48 bits, ample to tell a site's few thousand files apart.</summary>
    public const int HashLength = 12;

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];

    /// <summary>The file <c>{folder}/{hash}.json</c>.</summary>
    public static OutputFile Json(string folder, byte[] content) => new($"{folder}/{Hash(content)}.json", content);
}
