using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum scaled by a positive factor that reads no data is the same normaliser: the exps divided by their mean
/// (<c>mean = total / population.Count</c>, Boltzmann selection's expected values), by <c>0.5 * total</c> or by
/// <c>total * invTemperature</c> overflow exactly as when divided by the total, and the scaled value spans the same
/// slices. Only sums are seen through a scale: a scaled max is another value (<c>0.5 * max</c> shifts by half a peak).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sum of <c>s / c</c>, <c>c * s</c> or <c>s * c</c> with <c>c</c> a positive data-free factor (<see cref="IsNormaliserScale"/>).</summary>
    /// <remarks>
    /// Both factors of a product may pass for a data-free scale (a draw <c>rng.NextDouble()</c> and a total read back
    /// from a field a helper folded into): the product is a scaled sum when either reading finds a sum of exps.
    /// </remarks>
    private Reduction? ScaledSumAt(IBinaryOperation scaled, IOperation use) => scaled.OperatorKind switch
    {
        BinaryOperatorKind.Divide when IsNormaliserScale(scaled.RightOperand) => SumOfExpsAt(scaled.LeftOperand, use),
        BinaryOperatorKind.Multiply =>
            (IsNormaliserScale(scaled.RightOperand) ? SumOfExpsAt(scaled.LeftOperand, use) : null)
            ?? (IsNormaliserScale(scaled.LeftOperand) ? SumOfExpsAt(scaled.RightOperand, use) : null),
        _ => null,
    };

    /// <summary>The sum <paramref name="sum"/> reads when it sums exps; null otherwise.</summary>
    private Reduction? SumOfExpsAt(IOperation sum, IOperation use) =>
        ReductionAt(sum, use) is { Kind: ReductionKind.Sum } reduction && reduction.Elements.Exps.Count > 0 ? reduction : null;

    /// <summary>
    /// A factor that scales a normaliser without reading data: a count (<c>x.Length</c>, <c>list.Count</c>,
    /// <c>x.GetLength(1)</c>, <c>Count()</c>), a value that reads no element (<see cref="ReadsNoData"/>: an integer
    /// parameter <c>n</c>, a constant) or a positive scale (<see cref="IsScale"/>). Its sign does not matter: exps divided
    /// by any multiple of their own total overflow the same way.
    /// </summary>
    private bool IsNormaliserScale(IOperation factor)
    {
        switch (Unwrap(factor))
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: false, Name: "Length" or "LongLength" or "Count" } }:
                return true;
            case IInvocationOperation { TargetMethod.Name: "GetLength" or "GetLongLength" } dimension when dimension.Instance?.Type is IArrayTypeSymbol:
                return true;
            case IInvocationOperation count when Symbols.IsEnumerable(count.TargetMethod, "Count") || Symbols.IsEnumerable(count.TargetMethod, "LongCount"):
                return true;
            case { } other:
                _signSteps = 0;
                return ReadsNoData(other, depth: 0) || IsScale(other, depth: 0);
            default:
                return false;
        }
    }
}
