using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A span or memory view of a whole flat buffer written as a slice: <c>all = x.AsSpan(0, rows * n)</c>,
/// <c>x.AsSpan(0, x.Length)</c>, <c>x.AsMemory(0, total)</c> with <c>total = rows * n</c>. It starts at the buffer's
/// start and runs as far as the buffer's whole length, so it is the buffer itself: a fold over it (a scalar walk to
/// <c>all.Length</c>, <c>MemoryMarshal.Cast</c> lanes of it, <c>TensorPrimitives.Max(all)</c>) folds all of x, as the
/// same fold over x does. A length that is a row's (<c>x.AsSpan(0, n)</c>, a product some access steps by) stays a
/// slice.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when the slice of <paramref name="source"/> from <paramref name="start"/> of <paramref name="length"/> elements is all of it.</summary>
    private bool IsWholeBufferSlice(BufferView source, IOperation start, IOperation? length) =>
        IsConstant(start, 0) && IsWholeBufferPrefix(source, length);

    /// <summary>
    /// True when the first <paramref name="length"/> elements of <paramref name="source"/> are all of it: a whole length
    /// or product, or the total of the slots' lengths written at running offsets (<c>AsSpan(0, used)</c>,
    /// <c>pool[..used]</c> with <c>used = batch.Sum(r =&gt; r.Logits.Length)</c>, SlotTotals.cs).
    /// </summary>
    private bool IsWholeBufferPrefix(BufferView source, IOperation? length) =>
        source is { Layout: BufferLayout.Flat, FlatOffset: null, Root: { } root }
        && length is not null
        && (IsWholeLength(Unwrap(length), root, depth: 0) && IsWholeProduct(length) || IsSlotLengthTotal(length));
}
