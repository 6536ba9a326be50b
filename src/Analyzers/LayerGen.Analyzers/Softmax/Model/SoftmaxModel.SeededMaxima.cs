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
/// <para>
/// The seed term may be scaled like the logits' exps, <c>exp((eps - zMax) / gamma)</c> beside
/// <c>exp((z - zMax) / gamma)</c> (Soft Rasterizer's background, a maximum seeded with <c>eps</c>): a factor that is
/// not provably negative is taken as positive (as for scaled shifts, ScaledShifts.cs). A term's score c may differ
/// from the constant seed s. Two questions, at best = s (no logit above the seed): is the term bounded (no overflow), and
/// does it cover the logits (is it not 0, so the sum cannot underflow to 0 / 0)? Unscaled, exp(c − s) is a usable float
/// when |c − s| ≤ <see cref="SeedGapLimit"/>: bounded for c ≤ s + limit, covering for c ≥ s − limit. Scaled by an
/// unknown factor, (c − s) / t has no known size: bounded for c ≤ s (exponent ≤ 0), covering for c ≥ s (exp ≥ 1). A
/// variable seed is judged only against the same variable.
/// </para>
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The largest |c − s| between an unscaled seed term's score c and its maximum's constant seed s: exp(±80) lies
    /// inside float's normal range (exp(88.7) overflows, exp(−87.3) is subnormal), so the term is a usable number.
    /// </summary>
    private const double SeedGapLimit = 80;

    /// <summary>
    /// True when <paramref name="exp"/> is a seed term <c>exp(c - m)</c> (or <c>exp(-m)</c>, c = 0; possibly scaled,
    /// <c>exp((c - m) / t)</c>) of a running maximum m that starts at s, bounded above (see the type remarks): its
    /// exponent is at most c − s, or (c − s) / t ≤ 0.
    /// </summary>
    private bool IsSeedTermOfItsMaximum(IOperation exp) =>
        SeedTerm(exp) is ({ } max, { } seed, var scaled) && CommonStart(max) is { } start
        && (start is double low && seed is double score ? score - low <= (scaled ? 0 : SeedGapLimit) : start.Equals(seed));

    /// <summary>
    /// True when <paramref name="variable"/>, a running maximum shifting <paramref name="exp"/>, starts at one finite
    /// constant s and a site that <paramref name="exp"/> feeds also sums a seed term of it that covers the logits (see the
    /// type remarks): <c>exp(c - variable)</c> with c ≥ s − <see cref="SeedGapLimit"/>, or <c>exp((c - variable) / t)</c>
    /// with c ≥ s.
    /// </summary>
    private bool IsSeededWithATermOfItsSite(ISymbol variable, IOperation exp) =>
        CommonStart(variable) is double start
        && _sites.Any(site => site.Exps.Contains(exp) && site.Exps.Any(other => other != exp
            && SeedTerm(other) is ({ } max, double score, var scaled) && SymbolEqualityComparer.Default.Equals(max, variable)
            && start - score <= (scaled ? 0 : SeedGapLimit)));

    /// <summary>
    /// (m, c, scaled) for an exp of <c>c - m</c> or <c>-m</c> (c = 0) with m a variable and c a constant (a double) or
    /// another variable (its symbol), whole or scaled by a factor (<see cref="UnscaledExponent"/>); default otherwise.
    /// </summary>
    private (ISymbol? Max, object? Seed, bool Scaled) SeedTerm(IOperation exp)
    {
        var exponent = ThroughCopies(ExpOperand(exp));
        var unscaled = UnscaledExponent(exponent);
        var scaled = unscaled != exponent;
        return unscaled switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } when MaximumVariable(negated) is { } max => (max, 0d, scaled),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when MaximumVariable(difference.RightOperand) is { } max
                && SeedOf(ThroughCopies(difference.LeftOperand)!) is { } seed && !seed.Equals(max) => (max, seed, scaled),
            _ => default,
        };
    }

    /// <summary>
    /// <c>d</c> of <c>d / t</c>, <c>d * t</c> or <c>t * d</c> (through parentheses and conversions, repeatedly) where the
    /// factor t is a temperature: a positive constant, or a scalar that reads no data, is no loop index and is not
    /// provably negative (<see cref="IsProvablyNegative"/>); else <paramref name="exponent"/> itself.
    /// </summary>
    private IOperation? UnscaledExponent(IOperation? exponent)
    {
        for (var depth = 0; depth < MaxAliasDepth && Unwrap(exponent) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaling; depth++)
        {
            if (IsTemperature(scaling.RightOperand))
            {
                exponent = Unwrap(scaling.LeftOperand);
            }
            else if (scaling.OperatorKind == BinaryOperatorKind.Multiply && IsTemperature(scaling.LeftOperand))
            {
                exponent = Unwrap(scaling.RightOperand);
            }
            else
            {
                break;
            }
        }

        return Unwrap(exponent);
    }

    /// <summary>A factor taken as positive: a positive constant, or a numeric scalar variable that reads no data and is no loop index.</summary>
    private bool IsTemperature(IOperation factor)
    {
        var operand = Unwrap(factor)!;
        if (ConstantOf(operand) is { } constant)
        {
            return constant > 0;
        }

        return ScalarFactor(operand) is not null && !Eval(operand).IsOpaque && !IsProvablyNegative(operand, depth: 0);
    }

    /// <summary>
    /// The variable a maximum is read from: through copies (<c>var t = best;</c>) to the last variable; null for a
    /// variable some write folds as a sum or a minimum (entropy balancing's <c>dot += lambda[k] * x[i][k]</c>, then
    /// <c>exp(-dot)</c>): a running sum that starts at 0 is no maximum, and its negation no seed term.
    /// </summary>
    private ISymbol? MaximumVariable(IOperation operand) =>
        (VariableOf(ThroughCopies(operand)) ?? VariableOf(Unwrap(operand))) is { } variable && !IsFoldedAsOtherThanMaximum(variable) ? variable : null;

    /// <summary>True when a write of <paramref name="variable"/> folds it as a sum or a minimum (<see cref="Accumulation"/>).</summary>
    private bool IsFoldedAsOtherThanMaximum(ISymbol variable) =>
        WritesOf(variable).Any(write => Accumulation(variable, write.Operation, write.Value) is { Kind: not ReductionKind.Max });

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
        ConstantOf(value) is { } constant ? (IsFiniteStart(constant) && !IsIntegralTypeMinimum(value.Type, constant) ? constant : null)
        : Unwrap(value) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation ? VariableOf(Unwrap(value)) : null;

    /// <summary>
    /// The seed every start of the running maximum <paramref name="variable"/> writes (<see cref="SeedOf"/>), when it is
    /// one; else null. A maximum a same-type helper returns (<c>float best = PeakFrom0(x)</c>) starts where the helper's does,
    /// when that is a constant; one a local function declared beside the call returns (<c>float best = Peak(); float
    /// Peak() { float acc = eps; … return acc; }</c>) starts where its accumulator does, a captured variable included.
    /// A start at or below every value the fold assigns (<c>int top = sbyte.MinValue</c> over sbytes, FloorFreeStarts.cs) is
    /// no finite seed either. A variable folded as a sum or a minimum has none, also when it is a helper's or local function's accumulator
    /// (<c>double dot = Dot(); double Dot() { double acc = 0; … acc += …; return acc; }</c>): it is no running maximum.
    /// </summary>
    private object? CommonStart(ISymbol variable, int depth = 0)
    {
        if (IsFoldedAsOtherThanMaximum(variable))
        {
            return null;
        }

        object? common = null;
        foreach (var write in WritesOf(variable).Where(write => Accumulation(variable, write.Operation, write.Value) is null))
        {
            if (write.Operation is not (IVariableDeclaratorOperation or ISimpleAssignmentOperation) || write.Value is null
                || (SeedOf(write.Value) ?? LocalFunctionStart(write.Value, depth) ?? ReturnedConstantStart(write.Value)) is not { } start
                || start is double && IsFloorFreeStart(variable, start)
                || common is not null && !common.Equals(start))
            {
                return null;
            }

            common = start;
        }

        return common;
    }

    /// <summary>
    /// The start every return of a local function declared beside the call returns (<see cref="ReturnsBesideCall"/>):
    /// its body is part of this model, so its accumulator's seed, a constant or a variable it captures, is the caller's.
    /// </summary>
    private object? LocalFunctionStart(IOperation value, int depth)
    {
        if (depth >= MaxAliasDepth || Unwrap(value) is not IInvocationOperation call || ReturnsBesideCall(call) is not { } returns)
        {
            return null;
        }

        object? common = null;
        foreach (var ret in returns)
        {
            if (VariableOf(Unwrap(ret.ReturnedValue)) is not ILocalSymbol local || CommonStart(local, depth + 1) is not { } start || common is not null && !common.Equals(start))
            {
                return null;
            }

            common = start;
        }

        return common;
    }

    /// <summary>
    /// The constant start every return of a same-type helper's returned maximum has (<see cref="CommonStart"/> in its
    /// model), or of a local function's (<c>double m = Peak(); double Peak() { double acc = 0.0; … return acc; }</c>, in
    /// this model); else null.
    /// </summary>
    private object? ReturnedConstantStart(IOperation value)
    {
        if (Unwrap(value) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } local && LocalFunctionDeclaration(local.TargetMethod) is { Body: { } body })
        {
            return CommonReturnedStart(body, this);
        }

        return Unwrap(value) is IInvocationOperation call && HelperModel(call.TargetMethod) is { } helper ? CommonReturnedStart(helper._root, helper) : null;
    }

    /// <summary>The one constant start of every local returned by <paramref name="body"/> (not by functions nested in it), judged in <paramref name="helper"/>'s model.</summary>
    private static object? CommonReturnedStart(IOperation body, SoftmaxModel helper)
    {
        object? common = null;
        foreach (var ret in body.Descendants().OfType<IReturnOperation>().Where(ret => OwningFunction(ret, body) is null))
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
