using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A normaliser that sums exps shifted by different maxima: the shift restarts inside the sum's span (a peak per hop
/// plane, per row) while the sum carries across it (one mass per image, per batch). Every sub-slice is shifted by its
/// own peak, so the sum adds terms of different scales and no slice sums to 1: the sum spans more than one softmax
/// slice, whatever the division walks (each plane, the whole block flat, a row of a <c>float[,]</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when some shift of <paramref name="site"/> folds a proper part of what the site's sum folds: the sum's
    /// dimensions contain the shift's and more, so the shift is reset inside the sum's span. The slice is then defined
    /// by the shift too, and the sum spans several. Not judged for a shift of unknown sign, nor where the sum is kept
    /// at one shift by a rescale (an online softmax's <c>s * exp(mOld - mNew)</c>, a log-sum-exp merge
    /// <c>S += s * exp(m - M)</c>): those move every term to the same shift.
    /// </summary>
    public bool SumsMixedShifts(SoftmaxSite site, SiteAxes axes)
    {
        if (axes.Sum.Count == 0 || site.Sum.Folds.IsEmpty || site.Sum.IsInline || HasRescaledAccumulator() || site.Sum.Folds.Any(MultipliesByExp))
        {
            return false;
        }

        return axes.Maxima.Any(entry => !entry.Max.SignUnknown && !entry.Max.IsInline && !entry.Max.Folds.IsEmpty
            && entry.Axis.Count > 0 && entry.Axis.IsProperSubsetOf(axes.Sum));
    }

    /// <summary>True when some write of the method rescales an accumulator by an exp of a shift difference (an online softmax).</summary>
    private bool HasRescaledAccumulator()
    {
        _hasRescaledAccumulator ??= _variableWrites.Any(pair => pair.Value.Any(write => RescaleExponent(pair.Key, write.Operation, write.Value) is not null));
        return _hasRescaledAccumulator.Value;
    }

    private bool? _hasRescaledAccumulator;

    /// <summary>True when a fold adds a term multiplied by an exp (<c>S += s * exp(m - M)</c>): a merge that moves the term to another shift.</summary>
    private bool MultipliesByExp(IOperation fold) =>
        fold.DescendantsAndSelf().Any(operation => operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product
            && (IsExpInvocation(product.LeftOperand) || IsExpInvocation(product.RightOperand)));

    private bool IsExpInvocation(IOperation operand) => Unwrap(operand) is IInvocationOperation call && Symbols.IsExp(call.TargetMethod);
}
