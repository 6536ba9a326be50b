using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A running maximum seeded with a finite constant c (<c>best = 0f</c>) and folded over the logits is the maximum of
/// {c} ∪ logits. It bounds every logit, and it is tight when c is itself a term of the same normalisation: the seed's
/// own exp, <c>exp(c - best)</c> (e2e-coref's dummy antecedent with its fixed score 0, <c>exp(-best)</c>), is summed
/// with the logits' exps, so one term is exp(0) = 1 and the sum never underflows. Such a seed term has an exponent ≤ 0
/// (best ≥ c) and is no unshifted exp either. Without the seed term, a row far below c is shifted by c and underflows
/// to 0 / 0 (the zero-seeded maximum stays LG0003).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="exp"/> is <c>exp(c - m)</c> (or <c>exp(-m)</c>, c = 0) for a maximum m every start of which is a finite constant ≥ c.</summary>
    private bool IsSeedTermOfItsMaximum(IOperation exp) =>
        SeedTerm(exp) is ({ } max, var seed) && CommonFiniteStart(max) is { } start && start >= seed;

    /// <summary>
    /// True when <paramref name="variable"/>, a running maximum shifting <paramref name="exp"/>, starts at one finite
    /// constant c and a site that <paramref name="exp"/> feeds also sums <c>exp(c - variable)</c>.
    /// </summary>
    private bool IsSeededWithATermOfItsSite(ISymbol variable, IOperation exp)
    {
        if (CommonFiniteStart(variable) is not { } start)
        {
            return false;
        }

        return _sites.Any(site => site.Exps.Contains(exp) && site.Exps.Any(other => other != exp
            && SeedTerm(other) is ({ } max, var seed) && SymbolEqualityComparer.Default.Equals(max, variable) && seed == start));
    }

    /// <summary>(m, c) for an exp of <c>c - m</c> or <c>-m</c> (c = 0) with m a variable and c a constant; default otherwise.</summary>
    private (ISymbol? Max, double Seed) SeedTerm(IOperation exp)
    {
        var exponent = Unwrap(ExpOperand(exp));
        return exponent switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } when VariableOf(Unwrap(negated)) is { } max => (max, 0d),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when ConstantOf(difference.LeftOperand) is { } seed
                && VariableOf(Unwrap(difference.RightOperand)) is { } max => (max, seed),
            _ => default,
        };
    }

    /// <summary>The constant every start of the running maximum <paramref name="variable"/> is, when finite and the same; else null.</summary>
    private double? CommonFiniteStart(ISymbol variable)
    {
        double? common = null;
        foreach (var write in WritesOf(variable).Where(write => Accumulation(variable, write.Operation, write.Value) is null))
        {
            if (write.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation) || write.Value is null
                || ConstantOf(write.Value) is not { } start || !IsFiniteStart(start) || common is { } known && known != start)
            {
                return null;
            }

            common = start;
        }

        return common;
    }
}
