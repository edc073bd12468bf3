namespace RareEarthArchive.Site; internal static class Placeholder {}
