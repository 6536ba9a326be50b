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
/// <c>maxes[(p - block) % inner]</c> decomposes the same position). Which factors of the extent are strides is
/// read from the method itself: only those some flat access in the method steps by (<c>c * frames</c> makes <c>frames</c>
/// one); a block no access decomposes (<c>heat[k * plane + p]</c>, <c>p &lt; height * width</c>) is one axis.
/// A walk that starts a constant later (<c>p = 1</c>, <c>p = first + 1</c> after a seed from the first element) walks the same block.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The strides a unit-stride <paramref name="loop"/> of a flat <paramref name="index"/> walks besides 1, when it
    /// walks one whole block picked by an enclosing loop of the same index; else null.
    /// </summary>
    private IReadOnlyList<Stride>? BlockStrides(IOperation loop, LinearIndex index) =>
        BlockExtent(loop) is { } extent ? BlockStridesOf(extent, loop, index) : null;

    /// <summary>
    /// The strides besides 1 of a walk of <paramref name="extent"/> elements by <paramref name="loop"/>, when an enclosing
    /// loop of <paramref name="index"/> picks the walked block at that stride; else null.
    /// </summary>
    private IReadOnlyList<Stride>? BlockStridesOf(Stride extent, IOperation loop, LinearIndex index)
    {
        if (extent.Text == "?" || !index.Terms.Any(term => term.Key != loop && Contains(term.Key, loop) && term.Value.Equals(extent)))
        {
            return null;
        }

        var factors = extent.Text.Split('*');
        if (factors.Length == 2 && !factors.Any(factor => factor == "?" || long.TryParse(factor, out _)))
        {
            // [A, B] walks stride B (and 1), [B, A] stride A: the method's own accesses say which.
            var seen = StridesSeen();
            return factors.Where(seen.Contains).Distinct(System.StringComparer.Ordinal).Select(Stride.Of).ToList();
        }

        // A block whose size is one opaque factor (int block = x.Length / groups): it holds whatever the accesses that
        // pick the same block (a term at stride B) step within it: start + r * channels + c walks stride channels in it.
        return factors.Length == 1 && !long.TryParse(factors[0], out _) ? StridesWithinBlocks(extent) : null;
    }

    /// <summary>
    /// The strides other than 1 that the method's flat accesses step by alongside a term at stride <paramref name="block"/>
    /// and a unit-stride term (finer than the block: neither the block nor a multiple of it, nor unknown).
    /// </summary>
    private List<Stride> StridesWithinBlocks(Stride block)
    {
        // Asked once per element read: memoised by block (SoftmaxModel.Memos.cs).
        EnsureMemosCurrent();
        if (_stridesWithinBlocks.TryGetValue(block, out var known))
        {
            return known;
        }

        var strides = new List<Stride>();
        foreach (var index in FlatIndices())
        {
            // A dimension of the block is a stride stepped beside both the block's and a unit stride (g·B + r·C + c·1);
            // a loop stepping by a vector width over a row (r·cols + j·Count) walks one axis in chunks.
            if (!index.Terms.Values.Contains(block) || !index.Terms.Values.Contains(Stride.One))
            {
                continue;
            }

            // Only a term whose loop runs inside the loop that picks the block steps within it: in r·cols + s·w + t the
            // row loop r runs outside the segment loop s, so cols is a coarser block, not a stride of the segment.
            var pickers = index.Terms.Where(term => term.Value.Equals(block)).Select(term => term.Key).ToList();
            foreach (var term in index.Terms)
            {
                var stride = term.Value;
                if (!stride.Equals(block) && !stride.Equals(Stride.One) && stride.Text != "?" && !stride.Text.Contains(block.Text) && !strides.Contains(stride)
                    && pickers.Any(picker => picker != term.Key && Contains(picker, term.Key)))
                {
                    strides.Add(stride);
                }
            }
        }

        // Read from indices cut by a view evaluation in progress (not memoised, FlatIndices): ask again later.
        if (_flatIndices is not null)
        {
            _stridesWithinBlocks[block] = strides;
        }

        return strides;
    }

    /// <summary>
    /// The linear index of every flat element access of the method (slice offsets included). One pass over the method
    /// per generation of the value caches (it reads views), not one per question: a long method asks per element read.
    /// </summary>
    private IReadOnlyList<LinearIndex> FlatIndices()
    {
        EnsureMemosCurrent();
        if (_flatIndices is { } known)
        {
            return known;
        }

        var scope = _cycles.Begin();
        var indices = new List<LinearIndex>();
        foreach (var operation in _operations)
        {
            if (FlatIndexOf(operation) is var (_, index))
            {
                indices.Add(index);
            }
        }

        // Asked while a view is evaluated (a slice's tile atoms), the views derived from that one are cut: not memoised.
        if (_cycles.End(scope))
        {
            _flatIndices = indices;
        }

        return indices;
    }

    private List<LinearIndex>? _flatIndices;
    private readonly Dictionary<Stride, List<Stride>> _stridesWithinBlocks = new();

    /// <summary>
    /// The strides the method's flat accesses step a loop by (index and slice offsets), over every buffer: buffers one
    /// loop reads and writes at the same position are the same axes, and one of them may be the only one decomposed.
    /// </summary>
    private HashSet<string> StridesSeen()
    {
        if (_stridesSeen is { } known)
        {
            return known;
        }

        // Asked again while its own indices are read (a view's tile atoms ask it): a cut on the shared clock, answered
        // empty, so the views evaluated meanwhile are not memoised with the strides missing (CycleGuard.cs).
        if (!_stridesInProgress.TryEnter(StridesSeenKey, _cycles))
        {
            return new HashSet<string>(System.StringComparer.Ordinal);
        }

        known = new HashSet<string>(System.StringComparer.Ordinal);
        try
        {
            foreach (var linear in FlatIndices())
            {
                known.UnionWith(linear.Terms.Values.Select(stride => stride.Text));
            }
        }
        finally
        {
            _stridesInProgress.Exit(StridesSeenKey);
        }

        _stridesSeen = known;

        // Asked while a view was evaluated, the indices read through it were cut and not memoised (FlatIndices): ask again later.
        if (_flatIndices is null)
        {
            _stridesSeen = null;
        }

        return known;
    }

    private HashSet<string>? _stridesSeen;
    private const string StridesSeenKey = "StridesSeen";
    private readonly CycleGuard<string> _stridesInProgress = new();

    /// <summary>
    /// The block a counting-up loop walks within: B for <c>for (v = 0; v &lt; B; v++)</c> (or from another constant
    /// start, <c>v = 1</c>), and also for <c>for (v = s; v &lt; s + B; v++)</c> (the end also as a local written once,
    /// <c>int end = s + B</c>; or their <c>while</c> spellings), and for a bound that is the length of a slice of length B;
    /// null when not of these forms.
    /// </summary>
    private Stride? BlockExtent(IOperation loop)
    {
        // for (v = B - 1; v >= 0; v--) walks [0, B) too; so does for (q = p + B - 1; q >= p; q--).
        if ((CountDownBound(loop) ?? ReversePointerCount(loop)) is { } countDown)
        {
            // for (i = cloud.Length - 1; i >= 0; i--) over cloud = x.Slice(start, B) walks B too (SliceLengths.cs).
            return Linear(SliceLength(countDown) ?? countDown) is { IsLoopFree: true, Constant: { } downSize } ? downSize : null;
        }

        var test = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false } whileLoop => whileLoop.Condition,
            _ => null,
        };
        // v < bound, or its flip bound > v; a walk up to its end also as v != end.
        var (counter, limit) = Unwrap(test) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.NotEquals } less => (less.LeftOperand, less.RightOperand),
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

        // i < cloud.Length over cloud = x.Slice(start, B): as far as the slice's length (SliceLengths.cs).
        var bound = Unwrap(SliceLength(limit) ?? limit);
        var boundBeforeLoop = false;
        if (bound is ILocalReferenceOperation { Local: var end } && InductionLoop(end, bound) is null && WritesOf(end) is { Count: 1 } ends && ends[0].Value is { } endValue)
        {
            // p < end with int end = start + size: the bound is the end's one definition.
            bound = Unwrap(endValue);
            boundBeforeLoop = !Contains(loop, endValue);
        }

        IOperation? extent = null;
        if (start.ConstantValue is { HasValue: true, Value: int first } && first >= 0)
        {
            extent = bound;
        }
        else if (bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } next && NextBlockSize(ThroughCopies(start)!, next) is { } nextSize)
        {
            // From g * B to (g + 1) * B (the start also through a local declared once, int first = g * B).
            extent = nextSize;
        }
        else if (bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
        {
            // From s or from s + 1 (after a seed read at s) to s + B.
            var origin = start is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, RightOperand.ConstantValue: { HasValue: true, Value: int skip } } seeded && skip >= 0
                ? seeded.LeftOperand
                : start;
            // float* end = p + B; while (p < end) …*p++: at the end's definition, before the loop, p is still its start.
            extent = SameValue(sum.LeftOperand, origin) || boundBeforeLoop && References(sum.LeftOperand, variable) ? sum.RightOperand
                : SameValue(sum.RightOperand, origin) || boundBeforeLoop && References(sum.RightOperand, variable) ? sum.LeftOperand
                : null;
        }

        return extent is not null && Linear(extent) is { IsLoopFree: true, Constant: { } size } ? size : null;
    }

    /// <summary>B when <paramref name="start"/> is <c>g * B</c> and <paramref name="end"/> is <c>(g + 1) * B</c> (either operand order); else null.</summary>
    private static IOperation? NextBlockSize(IOperation start, IBinaryOperation end)
    {
        if (Unwrap(start) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } first)
        {
            return null;
        }

        foreach (var (next, size) in new[] { (end.LeftOperand, end.RightOperand), (end.RightOperand, end.LeftOperand) })
        {
            if (Unwrap(next) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, RightOperand.ConstantValue: { HasValue: true, Value: 1 } } successor
                && (SameValue(first.LeftOperand, successor.LeftOperand) && SameValue(first.RightOperand, size)
                    || SameValue(first.RightOperand, successor.LeftOperand) && SameValue(first.LeftOperand, size)))
            {
                return size;
            }
        }

        return null;
    }
}
