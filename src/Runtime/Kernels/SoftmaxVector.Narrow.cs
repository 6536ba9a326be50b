using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

// Softmax-family rows narrower than one vector: one masked vector per row.
internal static partial class SoftmaxVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    // One vector per row. The window may extend into the next row (never past the span); those lanes are masked out of the
    // arithmetic. When the destination does not overlap an input, the whole window is stored: the lanes past the row get
    // values that the next row's store (or the scalar tail) overwrites, which avoids reading back the destination (a
    // read that overlaps the previous row's store and stalls store-to-load forwarding). An in-place call writes the other
    // lanes back unchanged instead. The last rows, whose window would leave the span, use the scalar code.

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForwardNarrow(ReadOnlySpan<T> xs, Span<T> ys, int cols)
    {
        ref T x = ref MemoryMarshal.GetReference(xs);
        ref T y = ref MemoryMarshal.GetReference(ys);
        TVec mask = RowMask(cols);
        TVec negativeInfinity = TSimd.Broadcast(T.NegativeInfinity);
        bool wholeWindow = !xs.Overlaps(ys);
        int start = 0;
        for (; start <= xs.Length - TSimd.Count; start += cols)
        {
            TVec v = TSimd.Select(mask, TSimd.Load(in x, (nuint)start), negativeInfinity);
            T max = TSimd.MaxAcross(v);
            if (!T.IsFinite(max))
            {
                SoftmaxScalar.ForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
                continue;
            }

            TVec e = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v, TSimd.Broadcast(max))); // masked lanes: exp(−∞) = 0
            TVec p = TSimd.Multiply(e, TSimd.Broadcast(T.One / TSimd.Sum(e)));
            if (wholeWindow)
            {
                TSimd.Store(p, ref y, (nuint)start);
            }
            else
            {
                StoreMasked(p, mask, ref y, (nuint)start);
            }
        }

        for (; start < xs.Length; start += cols)
        {
            SoftmaxScalar.ForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardNarrow(ReadOnlySpan<T> ys, ReadOnlySpan<T> dys, Span<T> dxs, int cols)
    {
        ref T y = ref MemoryMarshal.GetReference(ys);
        ref T dy = ref MemoryMarshal.GetReference(dys);
        ref T dx = ref MemoryMarshal.GetReference(dxs);
        TVec mask = RowMask(cols);
        TVec zero = TSimd.Broadcast(T.Zero);
        bool wholeWindow = !dxs.Overlaps(ys) && !dxs.Overlaps(dys);
        int start = 0;
        for (; start <= ys.Length - TSimd.Count; start += cols)
        {
            TVec yv = TSimd.Load(in y, (nuint)start);
            TVec dyv = TSimd.Load(in dy, (nuint)start);
            T dot = TSimd.Sum(TSimd.Select(mask, TSimd.Multiply(yv, dyv), zero));
            TVec dxv = TSimd.Multiply(yv, TSimd.Subtract(dyv, TSimd.Broadcast(dot)));
            if (wholeWindow)
            {
                TSimd.Store(dxv, ref dx, (nuint)start);
            }
            else
            {
                StoreMasked(dxv, mask, ref dx, (nuint)start);
            }
        }

        for (; start < ys.Length; start += cols)
        {
            SoftmaxScalar.BackwardRow(ys.Slice(start, cols), dys.Slice(start, cols), dxs.Slice(start, cols));
        }
    }

    /// <summary>
    /// Rows of Count to 2·Count entries: two vectors per row (the second overlapping the first), no loops, the mask of the
    /// overlapping lanes computed once. All four inputs are read before dx is stored (dx may alias y or dy).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardShortRows(ReadOnlySpan<T> ys, ReadOnlySpan<T> dys, Span<T> dxs, int cols)
    {
        ref T y = ref MemoryMarshal.GetReference(ys);
        ref T dy = ref MemoryMarshal.GetReference(dys);
        ref T dx = ref MemoryMarshal.GetReference(dxs);
        nuint second = (nuint)(cols - TSimd.Count);
        TVec zero = TSimd.Broadcast(T.Zero);
        TVec notYetCounted = TSimd.GreaterThan(TSimd.Indices, TSimd.Broadcast(T.CreateTruncating(TSimd.Count - (int)second) - T.One));
        for (nuint start = 0; start < (nuint)ys.Length; start += (nuint)cols)
        {
            TVec y0 = TSimd.Load(in y, start), y1 = TSimd.Load(in y, start + second);
            TVec dy0 = TSimd.Load(in dy, start), dy1 = TSimd.Load(in dy, start + second);
            TVec products = TSimd.Add(TSimd.Multiply(y0, dy0), TSimd.Select(notYetCounted, TSimd.Multiply(y1, dy1), zero));
            TVec dot = TSimd.Broadcast(TSimd.Sum(products));
            TSimd.Store(TSimd.Multiply(y0, TSimd.Subtract(dy0, dot)), ref dx, start);
            TSimd.Store(TSimd.Multiply(y1, TSimd.Subtract(dy1, dot)), ref dx, start + second);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LogForwardNarrow(ReadOnlySpan<T> xs, Span<T> ys, int cols)
    {
        ref T x = ref MemoryMarshal.GetReference(xs);
        ref T y = ref MemoryMarshal.GetReference(ys);
        TVec mask = RowMask(cols);
        TVec negativeInfinity = TSimd.Broadcast(T.NegativeInfinity);
        int start = 0;
        for (; start <= xs.Length - TSimd.Count; start += cols)
        {
            TVec v = TSimd.Select(mask, TSimd.Load(in x, (nuint)start), negativeInfinity);
            T max = TSimd.MaxAcross(v);
            if (!T.IsFinite(max))
            {
                SoftmaxScalar.LogForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
                continue;
            }

            TVec shifted = TSimd.Subtract(v, TSimd.Broadcast(max));
            T logSum = T.Log(TSimd.Sum(VectorMath.ExpNonPositive<TVec, T, TSimd>(shifted)));
            StoreMasked(TSimd.Subtract(shifted, TSimd.Broadcast(logSum)), mask, ref y, (nuint)start);
        }

        for (; start < xs.Length; start += cols)
        {
            SoftmaxScalar.LogForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LogBackwardNarrow(ReadOnlySpan<T> ys, ReadOnlySpan<T> dys, Span<T> dxs, int cols)
    {
        ref T y = ref MemoryMarshal.GetReference(ys);
        ref T dy = ref MemoryMarshal.GetReference(dys);
        ref T dx = ref MemoryMarshal.GetReference(dxs);
        TVec mask = RowMask(cols);
        TVec zero = TSimd.Broadcast(T.Zero);
        int start = 0;
        for (; start <= ys.Length - TSimd.Count; start += cols)
        {
            TVec dyv = TSimd.Load(in dy, (nuint)start);
            T sum = TSimd.Sum(TSimd.Select(mask, dyv, zero));
            TVec p = VectorMath.Exp<TVec, T, TSimd>(TSimd.Load(in y, (nuint)start));
            StoreMasked(TSimd.Subtract(dyv, TSimd.Multiply(p, TSimd.Broadcast(sum))), mask, ref dx, (nuint)start);
        }

        for (; start < ys.Length; start += cols)
        {
            SoftmaxScalar.LogBackwardRow(ys.Slice(start, cols), dys.Slice(start, cols), dxs.Slice(start, cols));
        }
    }
}
