namespace RareEarthArchive.Tests.Highlighting;

/// <summary>Archived bodies that exercise every node the highlighter writes.</summary>
internal static class HighlightCorpus
{
    public static readonly string[] Bodies =
    [
        "Hello *world*, this is **strong _nested_ text** and a [link *with* emphasis](https://example.com/a?b=1&c=2).",
        "# A “heading”\n\nFirst paragraph\nwith a soft break and a hard break  \nhere.\n\nSecond paragraph.",
        "Entities: Tom &amp; Jerry &lt;tag&gt; &copy; &#x1F600; and \\*escaped\\* stars <script>alert(1)</script>.",
        "Code `inline  code` and <https://example.com/auto> and <editor@example.org>.",
        "- item one\n- item *two*\n  continued\n\n1. first\n2. second\n\n> quoted *text*\n> more",
        "| Country | Share |\n|---|---|\n| China | 69% |\n| *India* | 1% |\n\nAfter the table.",
        "Before code.\n\n    indented code <b>\n      more & more\n\n```js\nfenced \"code\"\n```\n\nAfter code.",
        "中国稀土出口管制引发关注。据报道，**印度**拥有世界第三大稀土储量。𠮷野家 😀 emoji.",
        "An ![image *alt*](https://example.com/i.png) between words, and a [javascript link](javascript:alert(1)).",
        "Spaces   folded\u00A0here\u3000and zero\u200Bwidth, trailing  \n\n\n   leading.",
        "***\n\nAfter a rule. Line one\\\nline two with backslash break.",
        "Quote “marks” and ‘apostrophes’ aren’t changed by rendering.",
    ];
}
