using System.Text;

namespace RareEarthArchive.Site.Metadata;

/// <summary>
/// BibTeX text. Field values are braced, and the characters that mean something to TeX are escaped, so a
/// title with <c>%</c> or <c>&amp;</c> neither comments out the rest of the line nor breaks the entry. Non-ASCII
/// text stays UTF-8 (biber and bibtexu read it; the file says so in its comment line).
/// </summary>
public static class BibTex
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '#' => @"\#",
                '_' => @"\_",
                '$' => @"\$",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }

    /// <summary>
    /// A URL for the verbatim <c>url</c> field, percent-encoded so it holds no brace or space. It is written as is,
    /// like Zotero does: biblatex reads the field verbatim, where a backslash before <c>%</c> would become part of the URL.
    /// </summary>
    public static string Url(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : Uri.EscapeDataString(url);
}
