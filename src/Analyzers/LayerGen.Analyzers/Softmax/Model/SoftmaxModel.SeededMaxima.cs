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
    /// <summary>
    /// True when <paramref name="exp"/> is <c>exp(c - m)</c> (or <c>exp(-m)</c>, c = 0) for a running maximum m that starts
    /// at c: every start a finite constant ≥ c, or the same variable c (a learned dummy score). Its exponent is ≤ 0.
    /// </summary>
    private bool IsSeedTermOfItsMaximum(IOperation exp) =>
        SeedTerm(exp) is ({ } max, { } seed) && CommonStart(max) is { } start
        && (start is double low && seed is double constant ? low >= constant : start.Equals(seed));

    /// <summary>
    /// True when <paramref name="variable"/>, a running maximum shifting <paramref name="exp"/>, starts at one finite
    /// constant c and a site that <paramref name="exp"/> feeds also sums <c>exp(c - variable)</c>.
    /// </summary>
    private bool IsSeededWithATermOfItsSite(ISymbol variable, IOperation exp) =>
        CommonStart(variable) is double start
        && _sites.Any(site => site.Exps.Contains(exp) && site.Exps.Any(other => other != exp
            && SeedTerm(other) is ({ } max, double seed) && SymbolEqualityComparer.Default.Equals(max, variable) && seed == start));

    /// <summary>
    /// (m, c) for an exp of <c>c - m</c> or <c>-m</c> (c = 0) with m a variable and c a constant (a double) or another
    /// variable (its symbol); default otherwise.
    /// </summary>
    private (ISymbol? Max, object? Seed) SeedTerm(IOperation exp)
    {
        var exponent = ThroughCopies(ExpOperand(exp));
        return exponent switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } when MaximumVariable(negated) is { } max => (max, 0d),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when MaximumVariable(difference.RightOperand) is { } max
                && SeedOf(ThroughCopies(difference.LeftOperand)!) is { } seed && !seed.Equals(max) => (max, seed),
            _ => default,
        };
    }

    /// <summary>The variable a maximum is read from: through copies (<c>var t = best;</c>) to the last variable.</summary>
    private ISymbol? MaximumVariable(IOperation operand) => VariableOf(ThroughCopies(operand)) ?? VariableOf(Unwrap(operand));

    /// <summary>The value a local declared once holds (<c>var t = 0f - best;</c>), followed a few copies deep; else the operation.</summary>
    private IOperation? ThroughCopies(IOperation? operation)
    {
        operation = Unwrap(operation);
        for (var depth = 0; depth < MaxAliasDepth && operation is ILocalReferenceOperation { Local: var local }
            && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value; depth++)
        {
            operation = Unwrap(value);
        }

        return operation;
    }

    /// <summary>A finite constant (as a double) or a scalar variable (its symbol); null for anything else.</summary>
    private static object? SeedOf(IOperation value) =>
        ConstantOf(value) is { } constant ? (IsFiniteStart(constant) ? constant : null)
        : Unwrap(value) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation ? VariableOf(Unwrap(value)) : null;

    /// <summary>
    /// The seed every start of the running maximum <paramref name="variable"/> writes (<see cref="SeedOf"/>), when it is
    /// one; else null. A maximum a same-type helper returns (<c>float best = PeakFrom0(x)</c>) starts where the helper's does,
    /// when that is a constant.
    /// </summary>
    private object? CommonStart(ISymbol variable)
    {
        object? common = null;
        foreach (var write in WritesOf(variable).Where(write => Accumulation(variable, write.Operation, write.Value) is null))
        {
            if (write.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation) || write.Value is null
                || (SeedOf(write.Value) ?? ReturnedConstantStart(write.Value)) is not { } start || common is not null && !common.Equals(start))
            {
                return null;
            }

            common = start;
        }

        return common;
    }

    /// <summary>The constant start every return of a same-type helper's returned maximum has (<see cref="CommonStart"/> in its model); else null.</summary>
    private object? ReturnedConstantStart(IOperation value)
    {
        if (Unwrap(value) is not IInvocationOperation call || HelperModel(call.TargetMethod) is not { } helper)
        {
            return null;
        }

        object? common = null;
        foreach (var ret in helper._root.Descendants().OfType<IReturnOperation>().Where(ret => OwningFunction(ret, helper._root) is null))
        {
            if (VariableOf(Unwrap(ret.ReturnedValue)) is not ILocalSymbol local || helper.CommonStart(local) is not double start || common is not null && !common.Equals(start))
            {
                return null;
            }

            common = start;
        }

        return common;
    }
}
