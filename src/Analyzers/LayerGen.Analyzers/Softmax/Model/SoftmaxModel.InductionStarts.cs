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
    /// The loop-dependent start of <paramref name="symbol"/> stepped by <paramref name="loop"/>: its one write that is
    /// no step, made outside the loop's body; null when it starts at a loop-free value or is written elsewhere too.
    /// </summary>
    private LinearIndex? InductionStart(ISymbol symbol, IOperation loop, IOperation read)
    {
        if (symbol is not ILocalSymbol local)
        {
            return null;
        }

        IOperation? start = null;
        foreach (var write in WritesOf(local))
        {
            if (IsStep(write, local))
            {
                continue;
            }

            if (start is not null || write.Value is null || Contains((loop as ILoopOperation)?.Body ?? loop, write.Operation) || Contains(write.Value, read))
            {
                return null;
            }

            start = write.Value;
        }

        return start is not null && Linear(start) is { IsLoopFree: false } offset ? offset : null;
    }
}
