using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A normaliser that is the sum of partial sums: <c>1 / (s0 + s1)</c> after a loop unrolled by two that adds the even
/// lanes' exps to <c>s0</c> and the odd lanes' to <c>s1</c> (an <c>if</c> tail adding to either), or a loop alternating
/// between them. The addition is one sum over the union of the partials' terms: its elements, dimensions and fold
/// statements are all of theirs, exactly as if every lane had added to one accumulator. Without it no softmax site was
/// seen (HeldOut79's <c>Blocked_PairedRawExpTail</c>), hiding both the raw exps (LG0003) and a too-wide max (LG0001).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The most partial sums one normaliser is read as (sixteen lanes).</summary>
    private const int MaxPartialSums = 16;

    /// <summary>
    /// The sums of exps <paramref name="add"/> adds up, combined into one; null unless every additive term (two or more)
    /// is a fold of its own that sums exps (a variable or buffer slot, not a written-out sum of scalar exps, which
    /// <see cref="ExplicitSumTerms"/> reads).
    /// </summary>
    private Reduction? PartialSumsAt(IBinaryOperation add, IOperation use)
    {
        var terms = Terms(add);
        if (terms.Count < 2 || terms.Count > MaxPartialSums)
        {
            return null;
        }

        var parts = new List<Reduction>();
        foreach (var term in terms)
        {
            // Each partial is an accumulator read as a whole (s0, sums[r, 1]), never an inline expression of its own.
            if (VariableOf(Unwrap(term)) is null && !IsElementAccess(Unwrap(term)!)
                || ReductionAt(term, use) is not { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0, IsInline: false } part)
            {
                return null;
            }

            parts.Add(part);
        }

        // The same accumulator twice (s + s) is a scaled sum, not partials.
        return parts.SelectMany(part => part.Folds).Distinct().Count() >= parts.Count ? Reduction.Combine(parts) : null;
    }
}
