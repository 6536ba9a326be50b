using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A <c>foreach</c> over integers used as indices (<c>foreach (int m in legalMoves[p]) … logits[p][m]</c>,
/// <c>foreach (int j in Enumerable.Range(0, n))</c>) is an index walk: a gather over the axis those integers index,
/// stepping once per element like <c>for (j …)</c>. Its fold spans what the indices span: a list picked per row
/// (<c>legalMoves[p]</c>) or added to a row offset (<c>x[p * n + m]</c>) walks within the row; one list not picked by
/// any loop that alone indexes a flat buffer (<c>e[k]</c>) may reach every row of it, so it walks the whole buffer.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The <c>foreach</c> whose integer element <paramref name="local"/> is; null otherwise, and null for the value of
    /// <c>foreach (var (t, image) in imageOf)</c> over a dictionary: the walk steps through the keys, and the value is
    /// what the key looks up (a group id, like <c>imageOf[t]</c>), not a position the walk steps through.
    /// </summary>
    private IForEachLoopOperation? IndexWalk(ILocalSymbol local) =>
        ForEachOf(local) is { } forEach && IsIndexType(local.Type) && !IsDeconstructedValue(local, forEach) ? forEach : null;

    private static bool IsIndexType(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte;

    /// <summary>
    /// True when an index walk's list may reach every element of a flat buffer: a stored list that no loop picks
    /// (<c>Enumerable.Range(0, n)</c> counts one row's width, like <c>for (j = 0; j &lt; n; j++)</c>).
    /// </summary>
    private bool IndexListSpansBuffer(IOperation indexList) =>
        LoopsIn(indexList).Count == 0
        && !(Unwrap(indexList) is IInvocationOperation range && Symbols.IsEnumerable(range.TargetMethod, "Range"));

    /// <summary>A <c>foreach</c> over integers, or a LINQ lambda whose integer element is read only as an index (LambdaIndexWalks.cs).</summary>
    private bool IsIndexWalk(IOperation loop) =>
        loop is IForEachLoopOperation { Locals.Length: 1 } forEach && IsIndexType(forEach.Locals[0].Type)
        || loop is IAnonymousFunctionOperation lambda && LambdaIndexWalkCollection(lambda) is not null;
}
