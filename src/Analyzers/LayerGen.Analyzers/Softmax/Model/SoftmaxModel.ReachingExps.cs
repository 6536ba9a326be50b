using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A buffer's stored facts are flow-insensitive: every exp written into <c>y</c> anywhere in the method is what any
/// <c>y[i]</c> read holds. Two softmaxes on disjoint paths writing the same output (row 0 in an early-return branch for a
/// batch of one, every row in the loop after it; <c>switch</c> arms; <c>if</c>/<c>else</c>) then shared their exps, and
/// each site took the other's maximum as its shift (row 0's peak, fixed on the row axis, was a max carried across the
/// loop's rows: a false LG0001). An exp belongs to a site only when control can go from it to the site's division.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="exps"/> without those from which no path of the graph leads to <paramref name="division"/>, and
    /// those a loop rewrites before the division reads them (RewrittenRanges.cs); all of them when none would be left
    /// (nothing is proven about such code).
    /// </summary>
    private ImmutableArray<IOperation> ExpsReachingDivision(ImmutableArray<IOperation> exps, IOperation division, Reduction sum)
    {
        if (exps.Length < 2 || Flow.IsEmpty)
        {
            return exps;
        }

        var reaching = exps.Where(exp => Flow.MayFlowTo(exp, division) && !IsOverwrittenBeforeDivision(exp, division, sum)).ToImmutableArray();
        return reaching.Length == 0 ? exps : reaching;
    }
}
