using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A stored sum read at one fixed slot: each row's sum copied per row (<c>sums[r] = s</c>), then every row divided by
/// <c>sums[^1]</c> (or <c>sums[0]</c>, <c>sums[n - 1]</c>, <c>sums[x.Length - 1]</c>: SlotPositions.cs) — one row's sum
/// for every row (LG0002), as a fixed-slot reciprocal is (FixedSlotReciprocals.cs). The copy is then read where the read
/// is, outside the row loop that reset the sum, not where it was stored. Only when the one store indexes by a loop and
/// no read of the buffer takes a moving slot: a row's own slot (<c>sums[r]</c>), a scratch slot rewritten per row
/// (<c>sums[^1] = s</c>) and one row normalised by its own last slot keep the store's reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="read"/> takes one fixed slot of <paramref name="root"/> whose only element write copies
    /// a local inside a loop at a slot that moves with it (<c>sums[r] = s</c>).
    /// </summary>
    private bool ReadsOneStoredSumForEverySlice(ISymbol root, IOperation read)
    {
        if (!ReadsFixedSlot(read))
        {
            return false;
        }

        // peaks.Add(m) once per row is the store peaks[r] = m of a list (AppendKeys.cs).
        var writes = ElementWritesInto(root).Select(write => (write.Operation, write.Value))
            .Concat(AppendedElementWrites(root).Select(append => (Operation: append.Write, append.Value))).Take(2).ToList();
        // peaks[r] = x[r].Max() (or peaks.Add(row.Max())) holds each row's whole fold just as a copied local does.
        return writes.Count == 1 && EnclosingLoop(writes[0].Operation) is not null
            && (VariableOf(Unwrap(writes[0].Value)) is ILocalSymbol || ReadReduction(writes[0].Value) is not null)
            && ReadsOneSlotForEverySlice(read, root, writes[0].Operation);
    }
}
