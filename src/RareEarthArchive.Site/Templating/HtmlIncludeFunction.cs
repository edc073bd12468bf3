using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RareEarthArchive.Site.Templating;

/// <summary>
/// <c>include</c> for HTML templates: Scriban's own include, whose result is marked as finished HTML. Without
/// this, the escape-by-default context would escape a partial's markup, since include returns a plain string.
/// The partial's own values were already escaped when it rendered.
/// </summary>
internal sealed class HtmlIncludeFunction : IScriptCustomFunction
{
    private static readonly IncludeFunction Inner = new();

    public int RequiredParameterCount => Inner.RequiredParameterCount;

    public int ParameterCount => Inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => Inner.VarParamKind;

    public Type ReturnType => typeof(HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => Inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment(Inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment(await Inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? "");
}
