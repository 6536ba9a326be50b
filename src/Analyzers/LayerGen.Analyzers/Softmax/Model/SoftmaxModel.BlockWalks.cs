using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Unit-stride walks over one whole block of a flat <c>[outer, A, B]</c> buffer: <c>for (p = block; p &lt; block + A * B; p++)</c>
/// or <c>for (k = 0; k &lt; A * B; k++)</c> read at <c>block + k</c>, where an enclosing loop picks the block at stride
/// A·B. Such a walk visits every (a, b) coordinate of the block, so it folds the strides A and B as well as the unit
/// stride: a sum over it spans the softmax axis and the inner axis together (an exp shifted by
/// <c>maxes[(p - block) % inner]</c> decomposes the same position). Only two-factor blocks are read this way.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The strides a unit-stride <paramref name="loop"/> of a flat <paramref name="index"/> walks besides 1, when it
    /// walks one whole two-factor block picked by an enclosing loop of the same index; else null.
    /// </summary>
    private IReadOnlyList<Stride>? BlockStrides(IOperation loop, LinearIndex index)
    {
        if (BlockExtent(loop) is not { } extent || extent.Text.Split('*') is not { Length: 2 } factors
            || factors.Any(factor => factor == "?" || long.TryParse(factor, out _)))
        {
            return null;
        }

        var pickedByOuter = index.Terms.Any(term => term.Key != loop && Contains(term.Key, loop) && term.Value.Equals(extent));
        return pickedByOuter ? factors.Select(Stride.Of).ToList() : null;
    }

    /// <summary>
    /// How many positions a counting-up loop walks: B for <c>for (v = 0; v &lt; B; v++)</c>, and also for
    /// <c>for (v = s; v &lt; s + B; v++)</c> (or their <c>while</c> spellings); null when not of these forms.
    /// </summary>
    private Stride? BlockExtent(IOperation loop)
    {
        var test = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false } whileLoop => whileLoop.Condition,
            _ => null,
        };
        // v < bound, or its flip bound > v.
        var (counter, limit) = Unwrap(test) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } less => (less.LeftOperand, less.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan } greater => (greater.RightOperand, greater.LeftOperand),
            _ => (null, null),
        };
        if (VariableOf(counter) is not ILocalSymbol variable)
        {
            return null;
        }

        var starts = WritesOf(variable).Where(write => !IsStep(write, variable)).ToList();
        if (starts.Count != 1 || Unwrap(starts[0].Value) is not { } start)
        {
            return null;
        }

        var bound = Unwrap(limit);
        IOperation? extent = null;
        if (start.ConstantValue is { HasValue: true, Value: 0 })
        {
            extent = bound;
        }
        else if (bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
        {
            extent = SameValue(sum.LeftOperand, start) ? sum.RightOperand : SameValue(sum.RightOperand, start) ? sum.LeftOperand : null;
        }

        return extent is not null && Linear(extent) is { IsLoopFree: true, Constant: { } size } ? size : null;
    }
}
