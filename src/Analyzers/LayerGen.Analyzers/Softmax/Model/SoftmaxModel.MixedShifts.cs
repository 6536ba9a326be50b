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
    /// True when some shift of <paramref name="site"/> folds a proper part of what the site's sum folds and is reset
    /// inside the sum's span: a loop around the sum's folds steps the exps along a dimension the sum folds and the
    /// shift does not, with the shift's folds inside that loop (<see cref="IsShiftResetPerStep"/>), or, where the two
    /// fold one dimension class (a jagged row read at <c>x * classes + c</c>), the shift restarts at every step of a loop
    /// the sum carries across (<see cref="RestartsWhileSumCarries"/>). The slice is then defined
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

        var sumLoops = site.Sum.Folds.Select(fold => EnclosingLoops(fold).ToList()).Aggregate((left, right) => left.Intersect(right).ToList());
        return axes.Maxima.Any(entry => !entry.Max.SignUnknown && !entry.Max.IsInline && !entry.Max.Folds.IsEmpty
            && entry.Axis.Count > 0 && entry.Axis.IsSubsetOf(axes.Sum)
            && sumLoops.Any(loop => (entry.Axis.IsProperSubsetOf(axes.Sum) && IsShiftResetPerStep(site, axes, entry.Max, entry.Axis, loop))
                || RestartsWhileSumCarries(site, entry.Max, loop)));
    }

    /// <summary>
    /// True when <paramref name="loop"/>, around every fold of the sum, steps the site's exps to another sub-slice the
    /// sum folds but the shift does not (a hop plane, a row), and the shift's folds are inside it: the shift restarts
    /// at every step while the sum carries on. A loop that walks the shift's own axis (an unrolled pair, a tail) does
    /// not count: every term there shares the shift.
    /// </summary>
    private bool IsShiftResetPerStep(SoftmaxSite site, SiteAxes axes, Reduction shift, HashSet<DimensionAtom> shiftAxis, IOperation loop)
    {
        if (!shift.Folds.All(fold => Contains(loop, fold)))
        {
            return false;
        }

        var stepped = false;
        foreach (var exp in site.Exps.Where(exp => Contains(loop, exp)))
        {
            if (ExpArgument(exp).Dims.TryGetValue(loop, out var atoms) && atoms.Count > 0)
            {
                var classes = Classes.Classes(atoms);
                if (!classes.IsSubsetOf(axes.Sum) || classes.Overlaps(shiftAxis))
                {
                    return false;
                }

                stepped = true;
            }
        }

        return stepped;
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
