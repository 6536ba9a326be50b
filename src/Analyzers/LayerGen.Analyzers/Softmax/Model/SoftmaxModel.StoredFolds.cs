using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A local that folds one value per slice and is stored into that slice's element: <c>acc += w[k, j] * x[j * n + s]</c>
/// over <c>j</c>, then <c>z[k * n + s] = acc</c>. As an accumulator its value carries no dimensions (it is one number,
/// not an element), but after the store it is the element <c>z[k * n + s]</c>: a max folding it in the same loop body
/// (<c>peak[k] = Math.Max(peak[k], acc)</c>) folds <c>z</c> along whatever that loop walks of the element's index.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The element dimensions (loop → atoms) of the stores <c>buffer[index] = local</c> of every accumulator local that
    /// <paramref name="value"/> reads, for the stores in the same loop body as <paramref name="at"/>.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> StoredAccumulatorDims(IOperation value, IOperation at)
    {
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var body = EnclosingLoop(at);
        if (body is null)
        {
            return dims;
        }

        foreach (var read in value.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
        {
            if (!IsAccumulator(read.Local))
            {
                continue;
            }

            foreach (var write in _elementWrites)
            {
                if (write.Operation is ISimpleAssignmentOperation { IsRef: false } && Unwrap(write.Value) is ILocalReferenceOperation stored
                    && SymbolEqualityComparer.Default.Equals(stored.Local, read.Local) && EnclosingLoop(write.Operation) == body)
                {
                    dims = ValueFacts.MergeDims(dims, ElementDims(write.Target));
                }
            }
        }

        return dims;
    }
}
