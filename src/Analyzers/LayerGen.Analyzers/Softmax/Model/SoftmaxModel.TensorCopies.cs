using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A copy or view of a whole tensor object: <c>output.ToArray()</c>, <c>ToList()</c>, <c>AsEnumerable()</c>,
/// <c>AsSpan()</c> (no arguments) or the <c>Buffer</c> memory of a user or library type read through a multi-index
/// indexer (<c>output[0, c, y, x]</c>, ONNX Runtime's <c>DenseTensor&lt;T&gt;</c>) is that tensor's elements, flattened, as
/// <c>list.ToArray()</c> of a <c>List&lt;T&gt;</c> is the list's (ListCopies.cs): <c>output.ToArray().Max()</c> folds every
/// element the indexer reads, so with per-pixel sums it is a max over the whole image (LG0001). The batch coordinate the
/// exps hold at 0 is a fixed coordinate (FixedCoordinates.cs), so the copy's max spans it too. Only the receiver's
/// own whole copy: <c>output.Pixel(y, x).ToArray()</c> copies what <c>Pixel</c> returned (no view: not linked), and a
/// one-index type (a row object) is no tensor. The copy is flat while the tensor's dimensions are its indexer's: one
/// index into it (<c>all[i]</c>) is read as a walk over the whole tensor when a unit-stride loop bounded by the whole
/// copy steps it, and as no known dimension otherwise (<c>all[(c * height + y) * width + x]</c> is not placed on the
/// indexer's positions, so a per-pixel maximum of the copy stays silent rather than being read as another axis).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for a whole-tensor copy or view of a receiver read through a multi-index indexer.</summary>
    private static bool IsTensorCopy(IInvocationOperation invocation) =>
        invocation is { TargetMethod: { Name: "ToArray" or "ToList" or "AsEnumerable" or "AsSpan" or "AsReadOnlySpan" or "ToReadOnlyArray", IsStatic: false, Parameters.Length: 0 }, Instance: { } instance }
        && IsTensorWhole(instance, invocation.Type);

    /// <summary>True for <c>output.Buffer</c>: the storage memory of a tensor read through a multi-index indexer.</summary>
    private static bool IsTensorBuffer(IPropertyReferenceOperation property) =>
        property is { Property: { Name: "Buffer", IsIndexer: false, IsStatic: false }, Instance: { } instance } && IsTensorWhole(instance, property.Type);

    /// <summary>A receiver of a multi-index indexer type and a result that is a buffer of numbers.</summary>
    private static bool IsTensorWhole(IOperation instance, ITypeSymbol? result) =>
        WellKnownSymbols.IndexerRank(instance.Type) > 1
        && WellKnownSymbols.IsBuffer(result)
        && WellKnownSymbols.IsNumeric(result switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { TypeArguments: [var element] } => element,
            _ => null,
        });

    /// <summary>True for a one-index read of a flattened tensor object (not an array: <c>float[,]</c> copies keep their reading).</summary>
    private static bool IsFlatReadOfTensorCopy(BufferView view, int indexCount) =>
        view is { Flattened: true, Rank: > 1, Root: { } root } && indexCount == 1
        && TypeOfVariable(root) is { } type && type is not IArrayTypeSymbol && WellKnownSymbols.IndexerRank(type) > 1;

    /// <summary>Every dimension of the tensor for a whole unit-stride walk of its copy; null for any other index.</summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>? TensorCopyWalkDims(BufferView view, LinearIndex index)
    {
        if (index.Terms.Count != 1)
        {
            return null;
        }

        foreach (var term in index.Terms)
        {
            if (term.Value.Equals(Stride.One) && IsWholeBufferLoop(term.Key, view.Root))
            {
                return ValueFacts.DimsOf(term.Key, view.IteratedAtoms(all: true));
            }
        }

        return null;
    }
}
