using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Switch-expression folds: <c>m = v switch { var x when x &gt; m =&gt; x, _ =&gt; m }</c> is the ternary
/// <c>v &gt; m ? v : m</c> (a max; with <c>&lt;</c> keeping the compared value, a min). Only a switch of two arms, the
/// first guarded by a comparison of the candidate with the accumulator and the second a catch-all, is read so:
/// <c>x switch { &gt; 0 =&gt; x, _ =&gt; 0 }</c> (a constant pattern, no guard on the accumulator) stays a plain choice.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The max or min <paramref name="choice"/> folds into <paramref name="target"/>, with the folded value (the switched
    /// value where an arm names it through its <c>var</c> pattern); null unless the switch has that ternary's shape.
    /// </summary>
    private (ReductionKind Kind, IOperation Value)? SwitchFold(ISymbol target, ISwitchExpressionOperation choice)
    {
        if (choice.Arms.Length != 2
            || choice.Arms[0] is not { Guard: { } guard } chosen || !MatchesAnyValue(chosen.Pattern)
            || choice.Arms[1] is not { Guard: null } fallback || !MatchesAnyValue(fallback.Pattern)
            || Unwrap(guard) is not IBinaryOperation comparison)
        {
            return null;
        }

        var greater = comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = comparison.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        if (!greater && !less)
        {
            return null;
        }

        var left = Bound(comparison.LeftOperand, chosen, choice);
        var right = Bound(comparison.RightOperand, chosen, choice);
        var (candidate, candidateIsLarger) = ReadsTarget(right, target) && !ReadsTarget(left, target) ? (left, greater)
            : ReadsTarget(left, target) && !ReadsTarget(right, target) ? (right, less)
            : (null, false);
        if (candidate is null)
        {
            return null;
        }

        var whenTrue = Bound(chosen.Value, chosen, choice);
        var whenFalse = Bound(fallback.Value, fallback, choice);
        if (SameValue(whenTrue, candidate) && IsPlainReadOf(whenFalse, target))
        {
            // The guard picks the candidate when it compares larger: a max (smaller: a min).
            return (candidateIsLarger ? ReductionKind.Max : ReductionKind.Min, candidate);
        }

        if (IsPlainReadOf(whenTrue, target) && SameValue(whenFalse, candidate))
        {
            // The guard keeps the accumulator when the candidate is larger: a min (smaller: a max).
            return (candidateIsLarger ? ReductionKind.Min : ReductionKind.Max, candidate);
        }

        return null;
    }

    /// <summary>A pattern every value of the switched (non-nullable) type matches: <c>_</c>, <c>var x</c>, <c>float x</c>.</summary>
    private static bool MatchesAnyValue(IPatternOperation pattern) =>
        pattern is IDiscardPatternOperation
        || pattern is IDeclarationPatternOperation declaration && (declaration.MatchesNull || declaration.InputType.IsValueType);

    /// <summary>
    /// <paramref name="operation"/> with a read of the local the arm's <c>var</c> pattern declares replaced by the switched
    /// value itself (<c>v</c> of <c>var v when v &gt; m =&gt; v</c> is <c>z[c, b]</c>), so the fold's value has its indices.
    /// </summary>
    private static IOperation Bound(IOperation operation, ISwitchExpressionArmOperation arm, ISwitchExpressionOperation choice) =>
        Unwrap(operation) is ILocalReferenceOperation local
        && arm.Pattern is IDeclarationPatternOperation { DeclaredSymbol: { } declared }
        && SymbolEqualityComparer.Default.Equals(local.Local, declared)
            ? choice.Value
            : operation;
}
