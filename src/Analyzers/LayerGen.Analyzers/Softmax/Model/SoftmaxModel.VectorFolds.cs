using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Folds kept in SIMD vectors: a lane-wise accumulator (<c>vmax = Vector256.Max(vmax, Vector256.Create(row.Slice(i, w)))</c>,
/// <c>vsum += v</c>, <c>Avx.Max</c>, <c>Vector.Max</c>, <c>Vector128.Add</c>) folds the lanes of the buffer it loads, and
/// the scalar that reads its lanes (<c>GetElement(k)</c>, <c>v[k]</c>, <c>ToScalar()</c>, <c>Vector256.Sum(v)</c>) folds
/// what the vector folded: the horizontal reduction, the scalar tail and the vector loop are one fold, reset where
/// each of its accumulators is.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A lane-wise max of two vectors (<c>Vector256.Max</c>, <c>Vector.Max</c>, <c>Avx.Max</c>, <c>AdvSimd.Max</c>).</summary>
    private static bool IsVectorMax(IMethodSymbol method) =>
        method is { Name: "Max" or "MaxNative" or "MaxNumber", IsStatic: true, Parameters.Length: 2 } && IsSimdVector(method.ReturnType);

    /// <summary>A lane-wise sum of two vectors (<c>Vector256.Add</c>, <c>Avx.Add</c>).</summary>
    private static bool IsVectorAdd(IMethodSymbol method) =>
        method is { Name: "Add", IsStatic: true, Parameters.Length: 2 } && IsSimdVector(method.ReturnType);

    /// <summary>
    /// The vector whose lanes a scalar reads or folds: <c>v.GetElement(k)</c>, <c>v[k]</c>, <c>v.ToScalar()</c>,
    /// <c>Vector256.Sum(v)</c>, <c>Vector.Dot(v, one)</c>, also through a horizontal step on it (<c>GetLower</c>,
    /// <c>GetUpper</c>, <c>Shuffle</c>, a lane-wise <c>Max</c>/<c>Add</c> of its halves); null for anything else.
    /// </summary>
    private static IOperation? VectorLaneSource(IOperation? operation)
    {
        var vector = Unwrap(operation) switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } when IsSimdVector(instance.Type) => instance,
            IInvocationOperation call when !IsSimdVector(call.Type) && call.TargetMethod.Name is "GetElement" or "ToScalar" or "Sum" or "Dot" =>
                call.Instance ?? call.Arguments.FirstOrDefault()?.Value,
            // var h = Vector128.Max(vmax.GetLower(), vmax.GetUpper()): a horizontal step, read lane by lane later.
            IInvocationOperation { TargetMethod.Name: "GetLower" or "GetUpper" } call when IsSimdVector(call.Type) => call,
            IInvocationOperation { TargetMethod.Name: "Max" or "Add", Arguments.Length: 2 } call when IsSimdVector(call.Type)
                && Unwrap(call.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "GetLower" or "GetUpper" or "Shuffle" or "Permute" } => call,
            _ => null,
        };
        return vector is not null && IsSimdVector(vector.Type) ? HorizontalSource(vector) : null;
    }

    /// <summary>The vector a chain of horizontal steps starts from: <c>Max(v.GetLower(), v.GetUpper())</c> is <c>v</c>.</summary>
    private static IOperation HorizontalSource(IOperation vector)
    {
        for (var steps = 0; steps < 8 && Unwrap(vector) is IInvocationOperation call; steps++)
        {
            var next = call.TargetMethod.Name is "GetLower" or "GetUpper" or "Shuffle" or "Permute" or "Max" or "Add" or "AsVector128" or "AsVector256"
                ? call.Instance ?? call.Arguments.FirstOrDefault()?.Value
                : null;
            if (next is null || !IsSimdVector(next.Type))
            {
                break;
            }

            vector = next;
        }

        return vector;
    }

    /// <summary>The fold of the vector whose lanes <paramref name="value"/> reads, as seen from <paramref name="use"/>; null when it reads none.</summary>
    private Reduction? LaneReduction(IOperation? value, IOperation use) =>
        VectorLaneSource(value) is { } vector ? ReductionAt(vector, use) : null;

    /// <summary>
    /// The folds of the vectors whose lanes <paramref name="value"/> reads anywhere in it (a horizontal max written
    /// out: <c>MathF.Max(MathF.Max(v.GetElement(0), v.GetElement(1)), …)</c>), combined; null when it reads none.
    /// </summary>
    private Reduction? LanesReadIn(IOperation? value, IOperation use)
    {
        if (value is null || VectorLaneSource(value) is not null)
        {
            return LaneReduction(value, use);
        }

        var parts = value.Descendants().Where(operation => VectorLaneSource(operation) is not null)
            .Select(operation => LaneReduction(operation, use)).OfType<Reduction>().ToList();
        return parts.Count > 0 && parts.All(part => part.Kind == parts[0].Kind) ? Reduction.Combine(parts) : null;
    }

    /// <summary>
    /// A scalar fold of the lanes of a vector accumulator (<c>m = MathF.Max(m, vmax.GetElement(k))</c>) also folds
    /// what the vector folded: its dimensions join the scalar's, and its fold statements are reported with it.
    /// </summary>
    /// <remarks>
    /// Reported where the carry is nearest the use: at the scalar's own statement when the scalar folds dimensions
    /// itself or is still accumulating at the use (it is carried too), else at the vector's folds.
    /// </remarks>
    private static Reduction WithLanes(Reduction scalar, Reduction lanes) =>
        new(scalar.Kind, scalar.Name, scalar.Atoms.Union(lanes.Atoms), scalar.Atoms.IsEmpty && !scalar.IsPartial ? lanes.Folds : scalar.Folds,
            scalar.Elements.Merge(lanes.Elements), scalar.IsPartial || lanes.IsPartial, scalar.StaleAtoms.Union(lanes.StaleAtoms), scalar.IsInline,
            scalar.Extents.AddRange(lanes.Extents.Where(pair => !scalar.Extents.ContainsKey(pair.Key))), readsLanes: true);

    /// <summary>
    /// A lane-wise max/min/add/multiply of vectors, or a read of their lanes (<c>GetElement</c>, <c>ToScalar</c>,
    /// <c>Sum</c>): the values of its operands, merged; null for any other call.
    /// </summary>
    private ValueFacts? LaneArithmeticValue(IInvocationOperation call)
    {
        if (call.TargetMethod.Name is not ("Max" or "MaxNative" or "MaxNumber" or "Min" or "Add" or "Multiply" or "GetElement" or "ToScalar" or "Sum"
                or "GetLower" or "GetUpper")
            || !IsSimdVector(call.Type) && VectorLaneSource(call) is null)
        {
            return null;
        }

        var facts = call.Instance is { } instance && IsSimdVector(instance.Type) ? Eval(instance) : ValueFacts.Empty;
        foreach (var argument in call.Arguments)
        {
            if (IsSimdVector(argument.Value.Type))
            {
                facts = facts.Merge(Eval(argument.Value));
            }
        }

        return facts;
    }

    /// <summary>
    /// The dimensions of a vector loaded at an offset that a loop steps by its own step (<c>i += Vector256&lt;float&gt;.Count</c>,
    /// <c>i += 8</c>): the lanes cover the elements between two steps, so for them that loop walks the unit stride; and
    /// a loop stepping so to the end of the whole buffer (<see cref="DimensionAtom.StridesFrom"/> of its step) walks all of it.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> LaneBlockDims(ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims)
    {
        var result = dims;
        foreach (var pair in dims)
        {
            var steps = _inductionLoops.Values.SelectMany(loops => loops).Where(entry => entry.Loop == pair.Key).Select(entry => entry.Step.Text).ToList();
            if (steps.Count > 0 && !steps.Contains(Stride.One.Text))
            {
                result = result.SetItem(pair.Key, pair.Value.Select(atom => LaneAtom(atom, steps)).ToImmutableHashSet());
            }
        }

        return result;
    }

    private static DimensionAtom LaneAtom(DimensionAtom atom, List<string> steps) =>
        steps.Any(step => atom.Key == "s:" + step) ? new DimensionAtom(atom.Root, DimensionAtom.UnitStrideKey)
        : steps.Any(step => atom.Key == DimensionAtom.StridesFromPrefix + step) ? DimensionAtom.Whole(atom.Root)
        : atom;

    /// <summary>
    /// The atom of a loop term of a vector load's offset: like a scalar element read's (a step to the end of the whole
    /// buffer is <see cref="DimensionAtom.StridesFrom"/>, also for a slice <c>x.AsSpan(o)</c> that starts at it).
    /// </summary>
    private DimensionAtom LoadAtom(ISymbol root, IOperation loop, Stride stride) =>
        StridedWholeWalk(new BufferView(root, BufferLayout.Flat, 1, 0, null, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), false), loop, stride)
        ?? (LastLoadReachesEnd(root, loop, stride) ? DimensionAtom.StridesFrom(root, stride.Text) : DimensionAtom.Stride(root, stride.Text));

    /// <summary>
    /// <c>o &lt;= x.Length - w</c> or <c>o + w &lt;= x.Length</c> (or flipped, <c>x.Length - w &gt;= o</c>) of a loop stepping <c>o</c> by <paramref name="stride"/> = w:
    /// the last load ends at the end of the whole buffer.
    /// </summary>
    private bool LastLoadReachesEnd(ISymbol root, IOperation loop, Stride stride)
    {
        var test = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false } whileLoop => whileLoop.Condition,
            _ => null,
        };
        // o <= end, or its flip end >= o.
        var (walked, end) = Unwrap(test) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThanOrEqual } atMost => (Unwrap(atMost.LeftOperand), Unwrap(atMost.RightOperand)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThanOrEqual } atLeast => (Unwrap(atLeast.RightOperand), Unwrap(atLeast.LeftOperand)),
            _ => (null, null),
        };
        if (walked is null || end is null)
        {
            return false;
        }

        (IOperation? Counter, IOperation? Slack, IOperation? Length) form = (walked, end) switch
        {
            (_, IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus) => (walked, minus.RightOperand, Unwrap(minus.LeftOperand)),
            (IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plus, _) => (plus.LeftOperand, plus.RightOperand, end),
            _ => (null, null, null),
        };
        return form.Counter is not null && InductionLoop(VariableOf(form.Counter), form.Counter) == loop
            && Linear(form.Slack).Constant is { } slack && slack.Equals(stride) && IsWholeLength(form.Length, root, depth: 0);
    }

    /// <summary>
    /// The dimensions of the first lane of <c>new Vector&lt;T&gt;(array, index)</c>: those of <c>array[index]</c> for a
    /// flat buffer (the loops in the index walk its strides), as a stepped load (<see cref="LaneBlockDims"/>).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> IndexedLoadDims(BufferView view, IOperation index) =>
        view.Layout != BufferLayout.Flat || view.Root is null ? view.FixedDims : OffsetLoadDims(view, Linear(index));
}
