using RareEarthArchive.Core.Diagnostics;
using RareEarthArchive.Core.Format;
using RareEarthArchive.Core.Yaml;

namespace RareEarthArchive.Core.Loading;

/// <summary>The <c>id</c> of a source or claim: a slug, and the file's name, because it is the page's URL.</summary>
internal static class FileId
{
    public static string? Read(MappingReader map, ContentFile file, DiagnosticBag diagnostics)
    {
        var id = map.Slug(ContentFormat.IdKey);
        if (id is not null && id != file.Stem)
        {
            diagnostics.Error(map.LocationOf(ContentFormat.IdKey), DiagnosticCodes.IdFileNameMismatch,
                $"the id '{id}' must match the file name '{file.Stem}.md' (the id is the page's URL)");
        }
        return id;
    }
}
