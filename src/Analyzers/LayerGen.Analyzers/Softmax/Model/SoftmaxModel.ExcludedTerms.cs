using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum of exps minus one of its own terms: <c>TensorPrimitives.Sum(e) - e[i]</c>, <c>z - e[i]</c>, the denominator of
/// a contrastive softmax that leaves the anchor itself out (SupCon, NT-Xent). It is that sum's normaliser: the same fold
/// over the same axis, one term fewer. Anything else subtracted (a constant, another buffer's exps, a data value) is not.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sum <paramref name="difference"/> removes one of its own exps from; null otherwise.</summary>
    private Reduction? SumWithoutOwnTerm(IBinaryOperation difference, IOperation use)
    {
        if (ReductionAt(difference.LeftOperand, use) is not { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0 } sum)
        {
            return null;
        }

        var removed = Eval(difference.RightOperand);
        return removed.Exps.Count > 0 && removed.Exps.All(sum.Elements.Exps.Contains) ? sum : null;
    }
}
