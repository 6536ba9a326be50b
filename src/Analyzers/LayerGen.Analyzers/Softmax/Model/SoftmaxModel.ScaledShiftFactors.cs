using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A factor read from other data that scales a whole shifted difference: a per-slice temperature
/// <c>-(E - Emin) / (R * T[j])</c>, <c>-beta[t] * (e - eMin)</c>, a local <c>kT = T[t]</c>, a fixed <c>T[0]</c>, a
/// record's <c>Temperature</c>. Read as positive, as a scalar <c>kT</c> is (<see cref="IsScale"/>): the code pairs the
/// extreme with the data as for a positive factor (a minimum under the negation, a maximum without it), the standard
/// Boltzmann and tempered forms; a negative factor would leave no extreme bounding the exponent at all. The factor
/// must read none of the difference's own data (<c>-g[0, j] * (g[i, j] - gRef)</c> scales by a logit: no scale), be
/// built only of element and member reads, parameters, locals written once, positive constants, sums, products,
/// quotients and square roots, and subtract nothing; a negation in front flips the sign.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True (positive) or false (negated) when <paramref name="factor"/> is a scale of other data applied to the
    /// shifted difference <paramref name="scaled"/> (see the type remarks); null otherwise.
    /// </summary>
    private bool? ShiftedDifferenceScaleSign(IOperation factor, IOperation scaled, int depth)
    {
        factor = Unwrap(factor)!;
        if (depth > MaxTermDepth)
        {
            return null;
        }

        if (factor is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated })
        {
            return ShiftedDifferenceScaleSign(negated, scaled, depth + 1) is { } sign ? !sign : null;
        }

        if (!WellKnownSymbols.IsNumeric(factor.Type) || !IsForeignScaleShape(factor, depth + 1))
        {
            return null;
        }

        var difference = Eval(scaled);
        return difference.Shifts.Any(shift => !IsBoundMarker(shift)) && IsForeignScaleOf(factor, difference) ? true : null;
    }

    /// <summary>
    /// True when <paramref name="factor"/> is a scale of other data (the type remarks) distributed over the two terms of
    /// a difference, <paramref name="minuend"/> and <paramref name="subtrahend"/> (DistributedScaleFactors.cs); null otherwise.
    /// </summary>
    private bool? DistributedFactorSign(IOperation factor, IOperation minuend, IOperation subtrahend, int depth)
    {
        factor = Unwrap(factor)!;
        return depth <= MaxTermDepth && WellKnownSymbols.IsNumeric(factor.Type) && IsForeignScaleShape(factor, depth + 1)
            && IsForeignScaleOf(factor, Eval(minuend)) && IsForeignScaleOf(factor, Eval(subtrahend))
                ? true
                : null;
    }

    /// <summary>
    /// True when the value of <paramref name="factor"/> (already of scale shape) is a scale of other data than
    /// <paramref name="scaled"/>: no exp, shift or probability of its own, and no root the scaled value reads
    /// (<c>-g[0, j] * (g[i, j] - gRef)</c> scales by a logit).
    /// </summary>
    private bool IsForeignScaleOf(IOperation factor, ValueFacts scaled)
    {
        var facts = Eval(factor);
        return !facts.IsOpaque && !facts.IsProbability && facts.Exps.Count == 0 && facts.Shifts.Count == 0
            && !scaled.IsOpaque && scaled.Exps.Count == 0 && !facts.RawRoots.Overlaps(scaled.RawRoots);
    }

    /// <summary>
    /// True when <paramref name="factor"/> is built only of element and member reads, parameters not bound per call,
    /// locals written once with such a value (or data-free ones), positive constants, and sums, products, quotients and
    /// square roots of those.
    /// </summary>
    private bool IsForeignScaleShape(IOperation factor, int depth)
    {
        factor = Unwrap(factor)!;
        if (depth > MaxSignDepth)
        {
            return false;
        }

        if (factor.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) is > 0;
        }

        switch (factor)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return !IsBoundPerCall(parameter);
            case IArrayElementReferenceOperation element:
                return element.ArrayReference is not IParameterReferenceOperation { Parameter: var array } || !IsBoundPerCall(array);
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                return true;
            case { } pointed when PointerElement(pointed) is var (pointer, _):
                // pT[j] of fixed (double* pT = temperatures), *(pT + j): an element read like temperatures[j].
                return Unwrap(pointer) is ILocalReferenceOperation
                    || Unwrap(pointer) is IParameterReferenceOperation { Parameter: var pointerParameter } && !IsBoundPerCall(pointerParameter);
            case ILocalReferenceOperation { Local: var local }:
                return IsScaleLocal(local, depth)
                    || ForEachOf(local) is null && !IsAccumulator(local) && WritesOf(local) is { Count: 1 } writes
                        && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value && IsForeignScaleShape(value, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Add } combined:
                return IsForeignScaleShape(combined.LeftOperand, depth + 1) && IsForeignScaleShape(combined.RightOperand, depth + 1);
            case IInvocationOperation { Arguments.Length: 1 } call when Symbols.IsScalarFunction(call.TargetMethod, "Sqrt"):
                return IsForeignScaleShape(call.Arguments[0].Value, depth + 1);
            default:
                return false;
        }
    }
}
