using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Cloned arrays: <c>var p = (float[,])raw.Clone()</c> is raw element for element, so each dimension of p is the same
/// axis as raw's (a max folded over raw's row and a softmax written into p's row walk one row: HeldOut87
/// SharedHelper_AnchorPeakPassedIn). Only a local written once, by the clone of a rectangular or flat array of the same
/// rank; a jagged clone shares its rows and is left alone.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Puts each dimension of every once-written local array clone in one class with its source's.</summary>
    private void LinkClonedArrays()
    {
        foreach (var call in _operations.OfType<IInvocationOperation>())
        {
            if (call is not { TargetMethod.Name: "Clone", Arguments.Length: 0, Instance: { } instance }
                || Unwrap(instance) is not { Type: IArrayTypeSymbol { ElementType: not IArrayTypeSymbol } sourceType } source
                || ClonedInto(call) is not { Type: IArrayTypeSymbol targetType } target
                || targetType.Rank != sourceType.Rank
                || ViewSymbol(source) is not { } sourceRoot || SymbolEqualityComparer.Default.Equals(sourceRoot, target))
            {
                continue;
            }

            if (sourceType.Rank == 1)
            {
                Classes.Align(DimensionAtom.Whole(target), DimensionAtom.Whole(sourceRoot));
                continue;
            }

            for (var rank = 0; rank < sourceType.Rank; rank++)
            {
                Classes.Union(DimensionAtom.Rank(target, rank), DimensionAtom.Rank(sourceRoot, rank));
            }
        }
    }

    /// <summary>The local a clone is the one definition of (<c>var p = (T[,])x.Clone()</c>), or null.</summary>
    private ILocalSymbol? ClonedInto(IInvocationOperation clone)
    {
        var current = clone.Parent;
        while (current is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }
            && WritesOf(local) is { Count: 1 } ? local : null;
    }
}
