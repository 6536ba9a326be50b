using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// How far a cosine bound (CosineBounds.cs) reaches: each marker records the largest magnitude its value can take.
/// A product or quotient with a proven constant scales it (<c>10f * cos</c>, <c>cos / 0.07f</c>, a <c>const</c>
/// temperature), a sum with a constant widens it; any other factor or term (a parameter temperature <c>/ tau</c>, a
/// <c>* logitScale</c>: CLIP's 100 overflows float) drops it, and the value is read as main reads it (raw). At the
/// exp the bound counts only while <c>n · e^s</c> and <c>e^−s</c> stay finite and non-zero in the exp's type for any
/// array length (n &lt; 2³¹): s ≤ 64 for float, s ≤ 680 for double; other types are not judged.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Largest |s·cos| for which a float exp-sum over up to 2³¹ terms stays finite and positive.</summary>
    private const double FloatCosineLimit = 64;

    /// <summary>Largest |s·cos| for which a double exp-sum over up to 2³¹ terms stays finite and positive.</summary>
    private const double DoubleCosineLimit = 680;

    /// <summary>Cosine-bounded values (the quotient, then each constant scaling of it) and the largest magnitude of each.</summary>
    private readonly Dictionary<IOperation, double> _cosineBounds = new();

    /// <summary>Marks <paramref name="divide"/> as a cosine times a constant when it is one (see CosineBounds.cs).</summary>
    private ValueFacts WithCosineQuotient(IBinaryOperation divide, ValueFacts quotient)
    {
        if (CosineQuotientScale(divide) is not { } scale)
        {
            return RescaledCosineBounds(divide, quotient);
        }

        _cosineBounds[divide] = scale;
        return quotient.With(shifts: quotient.Shifts.Add(divide));
    }

    /// <summary>
    /// The cosine bounds of <paramref name="result"/> as <paramref name="operation"/> (a product, quotient, sum or
    /// difference) leaves them: scaled by a constant factor or divisor, widened by a constant term, else dropped.
    /// </summary>
    private ValueFacts RescaledCosineBounds(IOperation operation, ValueFacts result)
    {
        if (_cosineBounds.Count == 0 || !result.Shifts.Any(_cosineBounds.ContainsKey) || operation is not IBinaryOperation binary)
        {
            return result;
        }

        var kept = result.Shifts.Where(shift => !_cosineBounds.ContainsKey(shift)).Aggregate(result.Shifts.Clear(), (set, shift) => set.Add(shift));
        var leftScale = CosineScaleOf(Eval(binary.LeftOperand));
        var rightScale = CosineScaleOf(Eval(binary.RightOperand));
        if (leftScale is not null == rightScale is not null)
        {
            // Both sides bounded (cos · cos) or neither holds the marker any more: not followed.
            return result.With(shifts: kept);
        }

        var scale = (leftScale ?? rightScale)!.Value;
        var other = leftScale is null ? binary.LeftOperand : binary.RightOperand;
        var constant = ProvenConstant(other);
        double? rescaled = (binary.OperatorKind, constant) switch
        {
            (BinaryOperatorKind.Multiply, { } factor) => scale * System.Math.Abs(factor),
            (BinaryOperatorKind.Divide, { } divisor) when leftScale is not null && divisor != 0 => scale / System.Math.Abs(divisor),
            (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, { } term) => scale + System.Math.Abs(term),
            _ => null,
        };
        if (rescaled is not { } bound)
        {
            return result.With(shifts: kept);
        }

        _cosineBounds[operation] = bound;
        return result.With(shifts: kept.Add(operation));
    }

    /// <summary>The largest bound of the cosine markers of <paramref name="facts"/>, or null when it holds none.</summary>
    private double? CosineScaleOf(ValueFacts facts)
    {
        double? scale = null;
        foreach (var shift in facts.Shifts)
        {
            if (_cosineBounds.TryGetValue(shift, out var bound))
            {
                scale = scale is { } known ? System.Math.Max(known, bound) : bound;
            }
        }

        return scale;
    }

    /// <summary>
    /// True when <paramref name="shift"/> is a cosine marker, whatever its reach; <paramref name="fits"/> tells whether
    /// <paramref name="exp"/> of it cannot overflow or sum to 0 in the exp's type (<c>Exp2</c>/<c>Exp10</c>/<c>Pow(b, ·)</c>
    /// scale the exponent by ln b).
    /// </summary>
    private bool IsCosineMarker(IOperation shift, IOperation exp, out bool fits)
    {
        fits = false;
        if (!_cosineBounds.TryGetValue(shift, out var scale))
        {
            return false;
        }

        if (exp is IInvocationOperation call)
        {
            fits = ExponentFitsExpType(call, scale);
        }

        return true;
    }

    /// <summary>
    /// True when exp <paramref name="call"/> of any exponent of magnitude at most <paramref name="magnitude"/> cannot
    /// overflow or sum to 0 in the exp's type: <c>n · e^s</c> and <c>e^−s</c> finite and non-zero for up to 2³¹ terms
    /// (<c>Exp2</c>/<c>Exp10</c>/<c>Pow(b, ·)</c> scale the exponent by ln b; <c>(float)Math.Exp(v)</c> sums floats).
    /// Other types are not judged.
    /// </summary>
    private bool ExponentFitsExpType(IInvocationOperation call, double magnitude)
    {
        var logBase = call.TargetMethod.Name switch
        {
            "Exp2" => System.Math.Log(2),
            "Exp10" => System.Math.Log(10),
            _ when Symbols.IsPow(call.TargetMethod) => call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0) is { } baseArgument
                && ExponentialBase(baseArgument.Value) is { } number ? System.Math.Abs(System.Math.Log(number)) : double.PositiveInfinity,
            _ => 1.0,
        };
        var reach = magnitude * logBase;

        // (float)Math.Exp(v): the sum is of floats.
        var type = call.Parent is IConversionOperation { Type.SpecialType: SpecialType.System_Single } ? SpecialType.System_Single : call.Type?.SpecialType;
        return type switch
        {
            SpecialType.System_Single => reach <= FloatCosineLimit,
            SpecialType.System_Double => reach <= DoubleCosineLimit,
            _ => false,
        };
    }
}
