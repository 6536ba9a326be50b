using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exponent scaled into [−1, 1] by the largest magnitude of the same data: <c>exp(v[i] / m)</c> with
/// <c>m = max(c, max |v|)</c>, <c>c &gt; 0</c> (OpenNLP's perceptron "normalize" step). Every <c>|v[i] / m| ≤ 1</c>, so the
/// exp cannot overflow and the sum is at least <c>n / e</c>: like an upper clamp, the division counts as a shift for
/// LG0003. A maximum that may start at 0 (0 / 0 for an all-zero row) or folds other data bounds nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="divide"/> divides data by a positive-started maximum of the same data's magnitudes.</summary>
    private bool IsMagnitudeBound(IBinaryOperation divide)
    {
        var numerator = Eval(divide.LeftOperand);
        if (numerator.RawRoots.Count == 0 || ReductionAt(divide.RightOperand, divide) is not { Kind: ReductionKind.Max } max || max.Folds.IsEmpty
            || !StartsPositive(max))
        {
            return false;
        }

        return max.Folds.All(fold => fold.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call =>
            Symbols.IsScalarFunction(call.TargetMethod, "Abs") && call.Arguments.Length == 1
            && Eval(call.Arguments[0].Value).RawRoots.Overlaps(numerator.RawRoots)));
    }
}
