using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Copies a <c>List&lt;T&gt;</c> makes of itself with its own instance methods: <c>list.ToArray()</c> holds the list's
/// elements in order, like <c>Enumerable.ToArray</c> (which the LINQ views read). Without this the array a caller
/// materialises from a list of exps (HeldOut18's <c>PcfgSampler_RawInsideProducts</c>, a helper or iterator filling a
/// list) had no values, so the softmax normalising it had no site. <c>list.ConvertAll(f)</c> and
/// <c>Array.ConvertAll(x, f)</c> are <c>x.Select(f)</c> copied into a new list or array: without the list's form, the
/// un-shifted <c>logits.ConvertAll(v =&gt; Math.Exp(v))</c> had no exps and no LG0003.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <c>list.ToArray()</c> of a <c>System.Collections.Generic.List&lt;T&gt;</c> of numbers; a list builder's
    /// <c>MoveToImmutable()</c>/<c>ToImmutable()</c> or an immutable array's <c>ToBuilder()</c> (<see cref="WellKnownSymbols.IsImmutableCopy"/>).
    /// </summary>
    private static bool IsListCopy(IInvocationOperation invocation) =>
        WellKnownSymbols.IsImmutableCopy(invocation.TargetMethod) && WellKnownSymbols.IsBuffer(invocation.Instance?.Type)
        || invocation is { TargetMethod: { Name: "ToArray", IsStatic: false, Parameters.Length: 0 }, Instance.Type: INamedTypeSymbol { Name: "List", TypeArguments: [var element] } list }
        && list.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic" && WellKnownSymbols.IsNumeric(element);

    /// <summary>
    /// <c>Array.ConvertAll(x, f)</c> or <c>list.ConvertAll(f)</c> of a <c>System.Collections.Generic.List&lt;T&gt;</c>:
    /// a call that maps every element of its source through one converter, as <c>Enumerable.Select</c> does.
    /// </summary>
    private bool IsConvertAll(IMethodSymbol method) =>
        WellKnownSymbols.IsImmutableConvertAll(method)
        || (method.Name == "ConvertAll" && method.ContainingType is { } type
            && (method.IsStatic
                ? SymbolEqualityComparer.Default.Equals(type, Symbols.Array)
                : type.Name == "List" && type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"));

    /// <summary>The converter or selector of a call that maps each element (<c>Select</c>, <c>ConvertAll</c>): its last argument.</summary>
    private static IOperation SelectorOf(IInvocationOperation invocation) => invocation.Arguments[invocation.Arguments.Length - 1].Value;
}
