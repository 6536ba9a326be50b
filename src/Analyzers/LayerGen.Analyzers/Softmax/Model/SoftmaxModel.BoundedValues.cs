using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Values with a proven bound, and what arithmetic keeps of the bound. A bounded function of anything (<c>tanh</c>,
/// <c>sin</c>, <c>cos</c>, <c>atan</c>, <c>sign</c>: |f| ≤ π/2) and a clamp from above (<c>Min(v, 80)</c>,
/// <c>Clamp</c>) cannot overflow exp: such a value is marked like a shift, and what is inside it (even data the model
/// cannot read) does not matter. A bound survives a product or sum with values that are bounded too (a constant,
/// a scalar such as a temperature, another bounded value: <c>50 · tanh(x / 50)</c>), but not one with raw logits:
/// <c>q[h] · tanh(a)</c> (an MLP score) or <c>x[i] + tanh(b)</c> is as unbounded as <c>q[h]</c> or <c>x[i]</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for a math function whose value lies in a fixed interval whatever its argument.</summary>
    private static bool IsBoundedFunction(IMethodSymbol method) =>
        method.Name is "Tanh" or "Sin" or "Cos" or "Atan" or "Atan2" or "Sign" or "SinPi" or "CosPi" or "AtanPi" or "Atan2Pi";

    /// <summary>
    /// The value of a bounded function: its argument's data (for the axes) marked as bounded; nothing in it is opaque.
    /// Exps inside the argument are dropped: <c>sin(exp(logFreq) * t)</c> (a time encoding's frequency) lies in [−1, 1]
    /// whatever the exp is, so it is no exp term of a normalisation built from it downstream, as an exp inside an
    /// exponent is none (<see cref="InvocationValue"/>).
    /// </summary>
    private static ValueFacts BoundedFunctionValue(IInvocationOperation call, ValueFacts argument) =>
        argument.With(shifts: argument.Shifts.Add(call), exps: argument.Exps.Clear(), isOpaque: false);

    /// <summary>
    /// True for a shift that is a bound of the value rather than something subtracted: a clamp or a bounded function of
    /// a math type, or a magnitude bound (marked where its value was computed). Decided from the shape only: no value is
    /// evaluated here (evaluation links dimension classes, and answers must not depend on query order).
    /// </summary>
    private bool IsBoundMarker(IOperation shift) =>
        shift switch
        {
            _ when _cosineBounds.ContainsKey(shift) => true,
            IInvocationOperation call when WellKnownSymbols.IsScalarMathFunction(call.TargetMethod) =>
                IsBoundedFunction(call.TargetMethod) || call.TargetMethod.Name is "Min" or "Clamp",
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => _magnitudeBounds.Contains(divide),
            _ => false,
        };

    /// <summary>Divisions found to be magnitude bounds (<c>v / max(1, max |v|)</c>) when their values were computed.</summary>
    private readonly HashSet<IOperation> _magnitudeBounds = new();

    /// <summary>
    /// <paramref name="left"/> and <paramref name="right"/> combined by a product or a sum: when one side is raw logits
    /// (data, nothing subtracted, nothing bounded, fully understood), the other side's bounds do not bound the result.
    /// </summary>
    private ValueFacts CombineKeepingBounds(ValueFacts left, ValueFacts right)
    {
        var merged = left.Merge(right);
        if (merged.Shifts.Count == 0 || !(IsUnboundedRaw(left) || IsUnboundedRaw(right)))
        {
            return merged;
        }

        var kept = merged.Shifts.Where(shift => !IsBoundMarker(shift)).ToList();
        return kept.Count == merged.Shifts.Count ? merged : merged.With(shifts: merged.Shifts.Clear().Union(kept));
    }

    private static bool IsUnboundedRaw(ValueFacts facts) =>
        facts.RawRoots.Count > 0 && facts.Shifts.Count == 0 && facts.Exps.Count == 0 && !facts.IsOpaque && !facts.IsProbability;
}
