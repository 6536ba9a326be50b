using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Loops unrolled by hand over a flat buffer: <c>for (b = 0; b + 1 &lt; n; b += 2) p = Math.Max(p, Math.Max(z[row + b],
/// z[row + b + 1]));</c> steps b by 2 but reads both lanes of each step, so it visits every element of the range as a
/// step-1 loop does. A loop stepping its variable by a constant s (2 … <see cref="MaxUnrolledLanes"/>) whose body reads
/// the buffer at s consecutive constant offsets of one position (<c>b</c>, <c>b + 1</c>, …, <c>b + s - 1</c>) walks the
/// unit stride, not every s-th element: its term in such a read is the unit stride. A loop reading fewer lanes (every
/// other element, a strided walk) keeps its stride.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The widest hand-unrolled step recognised (sixteen lanes).</summary>
    private const int MaxUnrolledLanes = 16;

    private readonly Dictionary<(IOperation Loop, ISymbol Root), bool> _unrolledLaneCache = new();
    private bool _coveringLanes;

    /// <summary>
    /// <paramref name="index"/> (a flat read of <paramref name="root"/>) with the term of each hand-unrolled loop that
    /// reads all its lanes of <paramref name="root"/> at the unit stride (see the type's summary).
    /// </summary>
    private LinearIndex CoverUnrolledLanes(LinearIndex index, ISymbol root)
    {
        if (_coveringLanes)
        {
            return index;
        }

        foreach (var term in index.Terms)
        {
            if (int.TryParse(term.Value.Text, out var lanes) && lanes >= 2 && lanes <= MaxUnrolledLanes && ReadsEveryLane(term.Key, lanes, root))
            {
                index = index.WithStride(term.Key, Stride.One);
            }
        }

        return index;
    }

    /// <summary>
    /// True when <paramref name="loop"/> steps a variable by <paramref name="lanes"/> and its body reads
    /// <paramref name="root"/> at that many consecutive constant offsets of one position.
    /// </summary>
    private bool ReadsEveryLane(IOperation loop, int lanes, ISymbol root)
    {
        if (loop is not ILoopOperation { Body: { } body })
        {
            return false;
        }

        if (_unrolledLaneCache.TryGetValue((loop, root), out var known))
        {
            return known;
        }

        var steps = lanes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _coveringLanes = true;
        try
        {
            known = _inductionLoops.Values.Any(entries => entries.Any(entry => entry.Loop == loop && entry.Step.Text == steps))
                && LaneGroups(body, loop, root).Any(offsets => CoversRun(offsets, lanes));
        }
        finally
        {
            _coveringLanes = false;
        }

        _unrolledLaneCache[(loop, root)] = known;
        return known;
    }

    /// <summary>The constant offsets of <paramref name="root"/>'s single-index reads in <paramref name="body"/>, grouped by the loops and strides of the rest of the index.</summary>
    private IEnumerable<HashSet<long>> LaneGroups(IOperation body, IOperation loop, ISymbol root)
    {
        var groups = new List<(LinearIndex Position, HashSet<long> Offsets)>();
        foreach (var read in body.DescendantsAndSelf())
        {
            var index = read switch
            {
                IArrayElementReferenceOperation { Indices.Length: 1 } array => array.Indices[0],
                IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
                _ => null,
            };
            if (index is null || !SymbolEqualityComparer.Default.Equals(RootOf(read), root) || Linear(index) is not { IsLoopFree: false } position
                || !position.Terms.ContainsKey(loop) || ConstantOffset(index) is not { } offset)
            {
                continue;
            }

            var group = groups.FirstOrDefault(candidate => SamePosition(candidate.Position, position));
            if (group.Offsets is null)
            {
                group = (position, new HashSet<long>());
                groups.Add(group);
            }

            group.Offsets.Add(offset);
        }

        return groups.Select(group => group.Offsets);
    }

    /// <summary>The sum of the integer constants added to (or subtracted from) an index: 1 of <c>row + b + 1</c>; null when out of range.</summary>
    private static long? ConstantOffset(IOperation? operation)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: int value } }:
                return value;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return ConstantOffset(add.LeftOperand) + ConstantOffset(add.RightOperand);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return ConstantOffset(subtract.LeftOperand) - ConstantOffset(subtract.RightOperand);
            case IIncrementOrDecrementOperation { IsPostfix: true } postfix:
                // x[k++]: the element at k.
                return ConstantOffset(postfix.Target);
            default:
                return 0;
        }
    }

    /// <summary>True when <paramref name="offsets"/> hold <paramref name="lanes"/> consecutive integers.</summary>
    private static bool CoversRun(HashSet<long> offsets, int lanes) =>
        offsets.Any(first => Enumerable.Range(0, lanes).All(lane => offsets.Contains(first + lane)));
}
