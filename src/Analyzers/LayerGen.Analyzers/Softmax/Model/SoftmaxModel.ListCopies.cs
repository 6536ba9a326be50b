using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Copies a <c>List&lt;T&gt;</c> makes of itself with its own instance methods: <c>list.ToArray()</c> holds the list's
/// elements in order, like <c>Enumerable.ToArray</c> (which the LINQ views read). Without this the array a caller
/// materialises from a list of exps (HeldOut18's <c>PcfgSampler_RawInsideProducts</c>, a helper or iterator filling a
/// list) had no values, so the softmax normalising it had no site.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary><c>list.ToArray()</c> of a <c>System.Collections.Generic.List&lt;T&gt;</c> of numbers.</summary>
    private static bool IsListCopy(IInvocationOperation invocation) =>
        invocation is { TargetMethod: { Name: "ToArray", IsStatic: false, Parameters.Length: 0 }, Instance.Type: INamedTypeSymbol { Name: "List", TypeArguments: [var element] } list }
        && list.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic" && WellKnownSymbols.IsNumeric(element);
}
