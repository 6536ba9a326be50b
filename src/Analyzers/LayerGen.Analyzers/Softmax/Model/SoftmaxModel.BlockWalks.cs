using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Unit-stride walks over one whole block of a flat <c>[outer, A, B]</c> buffer: <c>for (p = block; p &lt; block + A * B; p++)</c>
/// or <c>for (k = 0; k &lt; A * B; k++)</c> read at <c>block + k</c>, where an enclosing loop picks the block at stride
/// A·B. Such a walk visits every coordinate of the block, so it folds the block's inner strides as well as the unit
/// stride: a sum over it spans the softmax axis and the inner axis together (an exp shifted by
/// <c>maxes[(p - block) % inner]</c> decomposes the same position). Which sub-products of the extent are strides is
/// read from the method itself: only those some access of the buffer steps by (<c>c * frames</c> makes <c>frames</c>
/// one); a block no access decomposes (<c>heat[k * plane + p]</c>, <c>p &lt; height * width</c>) is one axis.
/// A walk that starts at a constant (<c>p = 1</c> after a seed from element 0) walks the same block.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The strides a unit-stride <paramref name="loop"/> of a flat <paramref name="index"/> into <paramref name="root"/>
    /// walks besides 1, when it walks one whole block picked by an enclosing loop of the same index; else null.
    /// </summary>
    private IReadOnlyList<Stride>? BlockStrides(ISymbol root, IOperation loop, LinearIndex index)
    {
        if (BlockExtent(loop) is not { } extent || extent.Text.Split('*') is not { Length: >= 2 and <= 4 } factors || factors.Any(factor => factor == "?")
            || !index.Terms.Any(term => term.Key != loop && Contains(term.Key, loop) && term.Value.Equals(extent)))
        {
            return null;
        }

        var seen = StridesSeen(root);
        var strides = new List<Stride>();
        for (var mask = 1; mask < (1 << factors.Length) - 1; mask++)
        {
            var product = Stride.One;
            for (var position = 0; position < factors.Length; position++)
            {
                product = (mask & (1 << position)) != 0 ? product.Times(Stride.Of(factors[position])) : product;
            }

            if (seen.Contains(product.Text) && !strides.Contains(product))
            {
                strides.Add(product);
            }
        }

        return strides;
    }

    /// <summary>The strides any flat access of <paramref name="root"/> in the method steps a loop by (its index and slice offsets).</summary>
    private HashSet<string> StridesSeen(ISymbol root)
    {
        if (_stridesSeen.TryGetValue(root, out var known))
        {
            return known;
        }

        known = new HashSet<string>(System.StringComparer.Ordinal);
        _stridesSeen[root] = known;
        foreach (var operation in _operations)
        {
            var (buffer, index) = operation switch
            {
                IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
                IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer => (instance, indexer.Arguments[0].Value),
                _ => (null, null),
            };
            if (buffer is not null && EvalView(buffer) is { Layout: BufferLayout.Flat, Root: { } bufferRoot } view
                && SymbolEqualityComparer.Default.Equals(bufferRoot, root))
            {
                var linear = view.FlatOffset is null ? Linear(index) : view.FlatOffset.Add(Linear(index));
                known.UnionWith(linear.Terms.Values.Select(stride => stride.Text));
            }
        }

        return known;
    }

    private readonly Dictionary<ISymbol, HashSet<string>> _stridesSeen = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The block a counting-up loop walks within: B for <c>for (v = 0; v &lt; B; v++)</c> (or from another constant
    /// start, <c>v = 1</c>), and also for <c>for (v = s; v &lt; s + B; v++)</c> (or their <c>while</c> spellings); null
    /// when not of these forms.
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
        if (start.ConstantValue is { HasValue: true, Value: int first } && first >= 0)
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
