using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A copy of a whole tensor object: <c>output.ToArray()</c>, <c>ToList()</c> or <c>AsEnumerable()</c> (no arguments) of a
/// user or library type read through a multi-index indexer of numbers (<c>output[0, c, y, x]</c>, ONNX Runtime's
/// <c>DenseTensor&lt;T&gt;.ToArray()</c>) returning numbers is that tensor's elements, flattened, as <c>list.ToArray()</c> of
/// a <c>List&lt;T&gt;</c> is the list's (ListCopies.cs): <c>output.ToArray().Max()</c> folds every element the indexer reads.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for a whole-tensor copy of a receiver read through a multi-index indexer.</summary>
    private static bool IsTensorCopy(IInvocationOperation invocation) =>
        invocation is { TargetMethod: { Name: "ToArray" or "ToList" or "AsEnumerable", IsStatic: false, Parameters.Length: 0 }, Instance.Type: var owner }
        && WellKnownSymbols.IndexerRank(owner) > 1
        && WellKnownSymbols.IsBuffer(invocation.Type)
        && WellKnownSymbols.IsNumeric(invocation.Type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { TypeArguments: [var element] } => element,
            _ => null,
        });
}
