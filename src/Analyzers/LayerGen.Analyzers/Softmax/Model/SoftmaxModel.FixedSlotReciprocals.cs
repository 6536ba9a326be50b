using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A stored reciprocal read at one fixed slot (StoredReciprocals.cs): <c>u[i] = 1 / s</c> stored per row, then
/// <c>P[i, j] = u[0] * K[i, j]</c> scales every row by row 0's sum. The sum is then read where the product is, outside
/// the row loop that reset it: one slice's sum for every slice (LG0002). Only when no read of <c>u</c> takes the slot it
/// was stored at (a method reading both <c>u[i]</c> and <c>u[0]</c> keeps the store's view: a miss, not a false report).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="read"/> indexes <paramref name="root"/> by constants only, the store
    /// <paramref name="write"/> indexes it by a variable (or appends to it), and no other read of the buffer outside
    /// the store indexes it by a variable.
    /// </summary>
    private bool ReadsOneSlotForEverySlice(IOperation read, ISymbol root, IOperation write)
    {
        if (!IndexesByConstantsOnly(read) || write is ISimpleAssignmentOperation { Target: var target } && IndexesByConstantsOnly(target))
        {
            return false;
        }

        return !_operations.Any(other => other is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
            && !Contains(write, other) && !IndexesByConstantsOnly(other) && SymbolEqualityComparer.Default.Equals(RootOf(other), root));
    }

    /// <summary><c>u[0]</c>, <c>u[Last]</c> with a constant: an element access whose every index is a compile-time constant.</summary>
    private static bool IndexesByConstantsOnly(IOperation? operation)
    {
        IEnumerable<IOperation>? indices = Unwrap(operation) switch
        {
            IArrayElementReferenceOperation element => element.Indices,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Arguments.Select(argument => argument.Value),
            _ => null,
        };

        return indices is not null && indices.Any() && indices.All(index => Unwrap(index)?.ConstantValue.HasValue == true);
    }
}
