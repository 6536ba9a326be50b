using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A stored reciprocal read at one fixed slot (StoredReciprocals.cs): <c>u[i] = 1 / s</c> stored per row, then
/// <c>P[i, j] = u[0] * K[i, j]</c> (or <c>u[n - 1]</c>, <c>u[^1]</c>, <c>u.AsSpan(0, 1)[0]</c>: SlotPositions.cs) scales
/// every row by one row's sum. The sum is then read where the product is, outside
/// the row loop that reset it: one slice's sum for every slice (LG0002). Only when no read of <c>u</c> takes the slot it
/// was stored at (a method reading both <c>u[i]</c> and <c>u[0]</c> keeps the store's view: a miss, not a false report).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="read"/> takes one fixed slot of <paramref name="root"/> for every iteration
    /// (<see cref="ReadsFixedSlot"/>: <c>u[0]</c>, <c>u[n - 1]</c>, <c>u[^1]</c>, <c>u.AsSpan(0, 1)[0]</c>), the store
    /// <paramref name="write"/> does not (it indexes by a loop or appends), and no other read of the buffer outside the
    /// store takes a moving slot (<c>u[i]</c>, also <c>u.AsSpan(i, 1)[0]</c>).
    /// </summary>
    private bool ReadsOneSlotForEverySlice(IOperation read, ISymbol root, IOperation write)
    {
        if (!ReadsFixedSlot(read) || write is ISimpleAssignmentOperation { Target: var target } && ReadsFixedSlot(target))
        {
            return false;
        }

        return !_operations.Any(other => other is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
            && !Contains(write, other) && !ReadsFixedSlot(other) && SymbolEqualityComparer.Default.Equals(RootOf(other), root));
    }
}
