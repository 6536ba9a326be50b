using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Where an induction variable starts, as part of its index: <c>for (i = start; i &lt; end; i++)</c> with
/// <c>start = row * cols</c> reads <c>x[i]</c> at row·cols + i·1, and <c>for (i = b; i &lt; n; i += batch)</c> at
/// b·1 + i·batch. Without the start, the loop that picks the slice would not be a dimension of the access at all.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The loop-dependent start of <paramref name="symbol"/> stepped by <paramref name="loop"/>: its writes that are no
    /// step, all made outside the loop's body, all at the same loop-dependent position (a segment walked twice with
    /// <c>while</c>, <c>i = start[s]</c> before each walk); null when one starts at a loop-free value or another position.
    /// </summary>
    private LinearIndex? InductionStart(ISymbol symbol, IOperation loop, IOperation read)
    {
        if (symbol is not ILocalSymbol local)
        {
            return null;
        }

        LinearIndex? start = null;
        foreach (var write in WritesOf(local))
        {
            if (IsStep(write, local))
            {
                continue;
            }

            if (write.Value is null || Contains((loop as ILoopOperation)?.Body ?? loop, write.Operation) || Contains(write.Value, read)
                || Linear(write.Value) is not { IsLoopFree: false } offset || (start is not null && !SamePosition(start, offset)))
            {
                return null;
            }

            start = offset;
        }

        return start;
    }

    /// <summary>True when two indices move with the same loops at the same strides.</summary>
    private static bool SamePosition(LinearIndex first, LinearIndex second) =>
        first.Terms.Count == second.Terms.Count
        && first.Terms.All(term => second.Terms.TryGetValue(term.Key, out var stride) && stride.Equals(term.Value));
}
