using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A vector accumulator and the scalar tail that finishes its walk are one fold (HeldOut72 <c>LaneMax128_JaggedCarriedLanes</c>,
/// <c>ClassPeaks256_JaggedClassMajor</c>): <c>for (; k + 4 &lt;= n; k += 4) lanes = Vector128.Max(lanes, LoadUnsafe(ref x0, k));</c>,
/// the horizontal merge <c>peak = Max(lanes[0], …)</c>, then <c>for (; k &lt; n; k++) peak = Max(peak, x[k]);</c>. When
/// the combined reduction keeps only the tail's fold as the widest (the lane part's atoms are the lane blocks', not the
/// elements'), the lane folds of the same walk (<see cref="IsOneWalk"/>: the tail continues the vector loop's counter)
/// are reported with it, and the rule reports a walk at its first statement: the vector fold, where the walk starts.
/// Lane folds of another walk (a per-row lane max merged into a wider scalar fold) stay unreported.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="combined"/> with the folds of its lane-read parts that are one walk with a fold it keeps added;
    /// <paramref name="combined"/> itself when there are none.
    /// </summary>
    private Reduction WithLaneWalkFolds(Reduction combined, IReadOnlyList<Reduction> parts)
    {
        var added = new List<IOperation>();
        foreach (var fold in parts.Where(part => part.ReadsLanes).SelectMany(part => part.Folds))
        {
            if (!combined.Folds.Contains(fold) && !added.Contains(fold) && combined.Folds.Any(kept => IsOneWalk(fold, kept)))
            {
                added.Add(fold);
            }
        }

        return added.Count == 0 ? combined : combined.WithFolds(combined.Folds.AddRange(added));
    }
}
