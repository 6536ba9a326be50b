using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The subtrahend of an outer difference (<see cref="IsOuterDifference"/>: input data picked by a loop the minuend does
/// not walk, <c>centres[c][t]</c> of <c>points[i][t] - centres[c][t]</c>) is no maximum of anything. Read inline, the
/// difference keeps that loop's dimension and the shift is judged by it (MaskTerms.cs); folded first
/// (<c>s += (p[i][t] - c[k][t]) * (p[i][t] - c[k][t])</c>, a squared distance summed in a loop, in a helper inlined at
/// the call, <c>exp(-beta * Distance(p[i], c[k]))</c>), the accumulator keeps the shift but not the dimensions, and the
/// subtracted coordinate looked like a maximum of the distance: every Gibbs factor and Gaussian kernel of a distance
/// was silent. Recorded where the difference is read, so the shift is known to be none wherever it ends up.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Subtrahends (as the caller's operands) of subtractions read as outer differences.</summary>
    private readonly HashSet<IOperation> _outerSubtrahends = new();

    /// <summary>Records <paramref name="subtrahend"/> when it is an outer difference's; returns <paramref name="isOuter"/>.</summary>
    private bool RecordOuterSubtrahend(IOperation subtrahend, bool isOuter)
    {
        if (isOuter)
        {
            _outerSubtrahends.Add(CallerOperand(subtrahend));
        }

        return isOuter;
    }

    /// <summary>True when <paramref name="shift"/> was read as the subtrahend of an outer difference: input data, no maximum.</summary>
    private bool IsOuterSubtrahend(IOperation shift) => _outerSubtrahends.Contains(shift);
}
