namespace RareEarthArchive.Search; internal static class Placeholder {}
