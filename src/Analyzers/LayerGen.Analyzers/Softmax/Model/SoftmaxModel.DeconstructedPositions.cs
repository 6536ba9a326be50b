using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which position of a deconstructed element a local is: <c>dst</c> of <c>foreach (var (src, dst, rel) in edges)</c>,
/// of <c>var (src, dst, rel) = edges[e]</c> or of <c>(var src, var dst, var rel) = …</c> is position 1 of 3. One reading
/// for every mechanism that maps a deconstructed local to the element's member, key or value (DeconstructedMembers.cs,
/// DeconstructedKeys.cs, DeconstructedRows.cs, RecordDictionaries.cs, DictionaryKeys.cs, GroupIndexLists.cs,
/// DivRemLocals.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The position of <paramref name="local"/> among the top-level variables <paramref name="target"/> (a
    /// <c>foreach</c>'s loop variable, a deconstruction's target, or a nested tuple of one) declares, and their count;
    /// null when <paramref name="target"/> deconstructs nothing or does not declare <paramref name="local"/> at its top level.
    /// </summary>
    private static (int Position, int Count)? DeconstructedPosition(ILocalSymbol local, IOperation? target)
    {
        if (DeconstructedElements(target) is not { } elements)
        {
            return null;
        }

        for (var index = 0; index < elements.Elements.Length; index++)
        {
            if (DeclaredLocal(elements.Elements[index]) is { } declared && SymbolEqualityComparer.Default.Equals(declared, local))
            {
                return (index, elements.Elements.Length);
            }
        }

        return null;
    }

    /// <summary>The tuple of <c>var (a, b)</c> or <c>(var a, var b)</c>; null for one variable.</summary>
    private static ITupleOperation? DeconstructedElements(IOperation? control) =>
        (Unwrap(control) is IDeclarationExpressionOperation declaration ? Unwrap(declaration.Expression) : Unwrap(control)) as ITupleOperation;

    /// <summary>The local one element of a deconstruction declares (or assigns); null for a nested tuple, a discard or another target.</summary>
    private static ILocalSymbol? DeclaredLocal(IOperation element) =>
        (Unwrap(element) is IDeclarationExpressionOperation declaration ? Unwrap(declaration.Expression) : Unwrap(element)) is ILocalReferenceOperation { Local: var local } ? local : null;
}
