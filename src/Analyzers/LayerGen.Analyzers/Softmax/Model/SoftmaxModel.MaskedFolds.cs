using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Masked folds: a fold that keeps the accumulator's old value on one branch of a ternary
/// (<c>m = visited ? m : Math.Max(m, v)</c>, <c>m = mask ? Math.Max(m, v) : m</c>) is the fold of its other branch
/// over the elements the mask admits, as <c>if (!visited) m = Math.Max(m, v);</c> is. Such a fold is reported at the
/// fold itself, never at a guard that does not compare the accumulator: the mask is no part of the peak.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The fold of the branch of <paramref name="ternary"/> that is not a plain read of <paramref name="target"/>, when
    /// the other branch is one (the old value kept where the mask says so); else null.
    /// </summary>
    private (ReductionKind Kind, IOperation Value)? MaskedFold(ISymbol target, IConditionalOperation ternary)
    {
        if (ternary.WhenFalse is not { } whenFalse)
        {
            return null;
        }

        foreach (var (kept, folded) in new[] { (ternary.WhenTrue, whenFalse), (whenFalse, ternary.WhenTrue) })
        {
            if (IsPlainReadOf(kept, target) && !IsPlainReadOf(folded, target) && FoldOf(target, folded) is { } fold)
            {
                return fold;
            }
        }

        return null;
    }

    /// <summary>The accumulator itself, read without any arithmetic: <c>m</c>, <c>peak[n]</c>.</summary>
    private bool IsPlainReadOf(IOperation operation, ISymbol target) =>
        Unwrap(operation) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation
            or IPropertyReferenceOperation { Property.IsIndexer: true }
        && ReadsTarget(operation, target);

    /// <summary>
    /// The statement a maximum or minimum folded by its own shape (<c>m = Math.Max(m, v)</c>, a ternary) is reported at:
    /// the assignment, also inside a guard such as <c>if (!visited[b, n])</c>; only a guard that compares the
    /// accumulator (<c>if (v &gt; m) m = Math.Max(m, v)</c>) is part of the fold. Sums keep <see cref="FoldStatement"/>.
    /// </summary>
    private IOperation ExtremumFoldStatement(ISymbol target, IOperation write, ReductionKind kind) =>
        kind is ReductionKind.Max or ReductionKind.Min && FoldStatement(write) is IConditionalOperation guard && Compare(guard.Condition, target) is null
            ? write
            : FoldStatement(write);
}
