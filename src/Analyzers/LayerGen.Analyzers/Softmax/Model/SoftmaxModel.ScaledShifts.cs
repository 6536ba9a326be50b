using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Shifts that are a maximum scaled by a factor, <c>best = x.Max() / t</c> or <c>m * s</c> (inline or through a local
/// written once), subtracted from logits scaled by the same factor: <c>exp(x[i] / t - best)</c>. Scaling by <c>a &gt; 0</c>
/// is monotone, so <c>max(a·x) = a·max(x)</c> and the shift is the maximum of the very values exponentiated. A provably
/// negative factor (a negative constant, a negation <c>-t</c>, a local written once with one) turns the maximum into a
/// minimum (<c>a·x − a·max(x) ≥ 0</c>) and is not a maximum; a factor of unknown sign (a temperature, <c>1/√d</c>) is
/// taken as positive, as docs/rules/LG0003.md decides for scaled shifts.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="shift"/> is a scaled maximum (see the type remarks) subtracted from logits scaled by the
    /// same factor; <paramref name="negative"/> tells whether that factor is provably negative.
    /// </summary>
    private bool IsSameScaledMaximum(IOperation shift, IOperation exp, out bool negative)
    {
        negative = false;
        var value = Unwrap(shift)!;
        if (value is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
        {
            value = Unwrap(written)!;
        }

        if (value is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaledMax
            || ScaledOperands(scaledMax, exp) is not { Scale: var maxScale }
            || ScalingOfSubtractedFrom(shift) is not { } logitScaling
            || !SameScale(logitScaling, scaledMax.OperatorKind, maxScale))
        {
            return false;
        }

        negative = IsProvablyNegative(maxScale, depth: 0);
        return true;
    }

    /// <summary>
    /// The maximum behind a scaled shift of positive factor (<c>top = selection * fitness.Max()</c>, <c>best = m / t</c>,
    /// see <see cref="IsSameScaledMaximum"/>): the site's shift is that maximum, so its extent is judged like an unscaled
    /// one (a whole-buffer <c>fitness.Max()</c> under per-deme rows is LG0001). Null for anything else, and for a provably
    /// negative factor (the scaled value is then a minimum).
    /// </summary>
    private Reduction? ScaledShiftMaximum(IOperation shift, IOperation exp, out IOperation? read)
    {
        read = null;
        if (!IsSameScaledMaximum(shift, exp, out var negative) || negative)
        {
            return null;
        }

        var value = Unwrap(shift)!;
        if (value is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } written)
        {
            value = Unwrap(written)!;
        }

        if (value is not IBinaryOperation scaledMax || ScaledOperands(scaledMax, exp) is not { Max: var max })
        {
            return null;
        }

        read = max;
        return ReductionAt(max, UseOf(exp));
    }

    /// <summary>The maximum and the factor of <c>m / a</c>, <c>m * a</c> or <c>a * m</c>; null when no operand is a maximum.</summary>
    private (IOperation Max, IOperation Scale)? ScaledOperands(IBinaryOperation scaled, IOperation exp)
    {
        var left = Unwrap(scaled.LeftOperand)!;
        var right = Unwrap(scaled.RightOperand)!;
        if (ReductionAt(left, UseOf(exp)) is { Kind: ReductionKind.Max })
        {
            return (left, right);
        }

        return scaled.OperatorKind == BinaryOperatorKind.Multiply && ReductionAt(right, UseOf(exp)) is { Kind: ReductionKind.Max } ? (right, left) : null;
    }

    /// <summary>The scaling <c>x / a</c> or <c>x * a</c> that <paramref name="shift"/> is subtracted from; null otherwise.</summary>
    private static IBinaryOperation? ScalingOfSubtractedFrom(IOperation shift)
    {
        var parent = ParentValue(shift);

        return parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            && Unwrap(difference.RightOperand) == Unwrap(shift)
            && Unwrap(difference.LeftOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaling
                ? scaling
                : null;
    }

    /// <summary>True when <paramref name="logitScaling"/> divides or multiplies by the same variable or constant as the shift.</summary>
    private static bool SameScale(IBinaryOperation logitScaling, BinaryOperatorKind kind, IOperation scale)
    {
        if (logitScaling.OperatorKind != kind)
        {
            return false;
        }

        var candidates = kind == BinaryOperatorKind.Divide
            ? new[] { logitScaling.RightOperand }
            : new[] { logitScaling.RightOperand, logitScaling.LeftOperand };
        foreach (var candidate in candidates)
        {
            var operand = Unwrap(candidate)!;
            if (VariableOf(scale) is { } symbol ? References(operand, symbol)
                : scale.ConstantValue is { HasValue: true, Value: { } constant } && operand.ConstantValue is { HasValue: true, Value: { } other }
                    && AsDouble(constant) is { } a && AsDouble(other) is { } b && a == b)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A negative constant, a negation of a factor not itself negative (<c>-t</c>: negative for the positive <c>t</c>
    /// assumed above), or a local written once with one of those.
    /// </summary>
    private bool IsProvablyNegative(IOperation scale, int depth)
    {
        scale = Unwrap(scale)!;
        if (scale.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) is < 0;
        }

        switch (scale)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated }:
                return !IsProvablyNegative(negated, depth + 1);
            case ILocalReferenceOperation { Local: var local } when depth < MaxAliasDepth && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value:
                return IsProvablyNegative(value, depth + 1);
            default:
                return false;
        }
    }

    private static double? AsDouble(object value)
    {
        try
        {
            return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
