using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Open-ended slices: <c>x[start..]</c>, <c>x.Slice(start)</c> and <c>x.AsSpan(start)</c> run from <c>start</c> to the end
/// of the buffer. From a start an outer loop moves (a row's start, <c>start += classes</c>) such a view holds this row and
/// every later one, so a <c>foreach</c> or LINQ walk over it folds the rest of the buffer, as the index loop
/// <c>for (i = start; i &lt; x.Length; i++)</c> does (TailWalks.cs). A start no loop moves (one vector's tail, the last
/// row <c>x[((rows - 1) * n)..]</c>) keeps its own reading, and a slice of a slice (whose length the view does not know)
/// is left alone.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The view from <paramref name="start"/> to the end of <paramref name="source"/>, spanning the whole buffer when the
    /// start moves with a loop and the source is a whole flat buffer; null otherwise (the caller keeps its own reading).
    /// </summary>
    private BufferView? OpenEndedSlice(BufferView source, IOperation start)
    {
        if (source is not { Root: { } root, Layout: BufferLayout.Flat, FlatOffset: null } || !source.Spanned.IsEmpty
            || Unwrap(start) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } || Linear(start).IsLoopFree)
        {
            return null;
        }

        return source.Slice(Linear(start), OffsetDims(source, start)).Spanning(ImmutableHashSet.Create(DimensionAtom.Whole(root)));
    }

    /// <summary>True for the end of <c>x[start..]</c> and <c>x[start..^0]</c>: the buffer's end.</summary>
    private static bool IsBufferEnd(IOperation? end) =>
        end is null || Unwrap(end) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: 0 } };
}
