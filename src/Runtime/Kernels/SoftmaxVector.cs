using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// The softmax family on one vector width. Rows at least one vector wide run in passes over the row (max; fused exp, store and sum;
/// scale), the last partial vector handled by an overlapping vector that is read before anything is stored (so <c>y</c> may alias
/// <c>x</c>) and masked where it would count lanes twice. Rows narrower than a vector are processed one vector per row, with the
/// lanes past the row masked out and written back unchanged. Rows whose max is ±∞ or NaN go to <see cref="SoftmaxScalar"/>.
/// </summary>
internal static class SoftmaxVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    public static void Forward(ReadOnlySpan<T> x, Span<T> y, int cols)
    {
        if (cols < TSimd.Count)
        {
            ForwardNarrow(x, y, cols);
            return;
        }

        for (int start = 0; start < x.Length; start += cols)
        {
            ForwardRow(x.Slice(start, cols), y.Slice(start, cols));
        }
    }

    public static void Backward(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols)
    {
        if (cols < TSimd.Count)
        {
            BackwardNarrow(y, dy, dx, cols);
            return;
        }

        for (int start = 0; start < y.Length; start += cols)
        {
            BackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
        }
    }

    public static void LogForward(ReadOnlySpan<T> x, Span<T> y, int cols)
    {
        if (cols < TSimd.Count)
        {
            LogForwardNarrow(x, y, cols);
            return;
        }

        for (int start = 0; start < x.Length; start += cols)
        {
            LogForwardRow(x.Slice(start, cols), y.Slice(start, cols));
        }
    }

    public static void LogBackward(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols)
    {
        if (cols < TSimd.Count)
        {
            LogBackwardNarrow(y, dy, dx, cols);
            return;
        }

        for (int start = 0; start < y.Length; start += cols)
        {
            LogBackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
        }
    }

    /// <summary>The row max, NaN when the row holds a NaN (callers send non-finite maxima to the scalar code). Needs n ≥ Count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Max(ref readonly T x, int n)
    {
        int count = TSimd.Count;
        TVec m0 = TSimd.Load(in x, 0);
        TVec m1 = m0;
        int i = count;
        for (; i <= n - 2 * count; i += 2 * count)
        {
            m0 = TSimd.MaxPropagateNaN(m0, TSimd.Load(in x, (nuint)i));
            m1 = TSimd.MaxPropagateNaN(m1, TSimd.Load(in x, (nuint)(i + count)));
        }

        if (i <= n - count)
        {
            m0 = TSimd.MaxPropagateNaN(m0, TSimd.Load(in x, (nuint)i));
            i += count;
        }

        if (i < n)
        {
            m0 = TSimd.MaxPropagateNaN(m0, TSimd.Load(in x, (nuint)(n - count))); // overlapping last vector: max is idempotent
        }

        return TSimd.MaxAcross(TSimd.MaxPropagateNaN(m0, m1));
    }

    /// <summary>Σ exp(x − max) over a row of n ≥ Count entries, also storing each exp into <paramref name="e"/> when <paramref name="store"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ExpSum(ref readonly T x, ref T e, int n, T max, bool store)
    {
        int count = TSimd.Count;
        TVec shift = TSimd.Broadcast(max);
        TVec tail = TSimd.Load(in x, (nuint)(n - count)); // read before any store: e may alias x
        TVec s0 = TSimd.Broadcast(T.Zero);
        TVec s1 = s0;
        int i = 0;
        for (; i <= n - 2 * count; i += 2 * count)
        {
            TVec e0 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(TSimd.Load(in x, (nuint)i), shift));
            TVec e1 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(TSimd.Load(in x, (nuint)(i + count)), shift));
            if (store)
            {
                TSimd.Store(e0, ref e, (nuint)i);
                TSimd.Store(e1, ref e, (nuint)(i + count));
            }

            s0 = TSimd.Add(s0, e0);
            s1 = TSimd.Add(s1, e1);
        }

        if (i <= n - count)
        {
            TVec e0 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(TSimd.Load(in x, (nuint)i), shift));
            if (store)
            {
                TSimd.Store(e0, ref e, (nuint)i);
            }

            s0 = TSimd.Add(s0, e0);
            i += count;
        }

        if (i < n)
        {
            TVec eTail = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(tail, shift));
            if (store)
            {
                TSimd.Store(eTail, ref e, (nuint)(n - count));
            }

            s1 = TSimd.Add(s1, NotYetCounted(eTail, i - (n - count)));
        }

        return TSimd.Sum(TSimd.Add(s0, s1));
    }

    /// <summary>Zeroes the first <paramref name="overlap"/> lanes (already counted by the full vectors before the overlapping tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec NotYetCounted(TVec value, int overlap) =>
        TSimd.Select(TSimd.GreaterThan(TSimd.Indices, TSimd.Broadcast(T.CreateTruncating(overlap) - T.One)), value, TSimd.Broadcast(T.Zero));

    /// <summary>Lanes 0 … cols − 1 set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec RowMask(int cols) => TSimd.LessThan(TSimd.Indices, TSimd.Broadcast(T.CreateTruncating(cols)));

    /// <summary>destination[i..] = value on the lanes of <paramref name="mask"/>, the other lanes written back unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreMasked(TVec value, TVec mask, ref T destination, nuint offset) =>
        TSimd.Store(TSimd.Select(mask, value, TSimd.Load(in destination, offset)), ref destination, offset);

    private static void ForwardRow(ReadOnlySpan<T> xRow, Span<T> yRow)
    {
        ref T x = ref MemoryMarshal.GetReference(xRow);
        ref T y = ref MemoryMarshal.GetReference(yRow);
        int n = xRow.Length;
        T max = Max(in x, n);
        if (!T.IsFinite(max))
        {
            SoftmaxScalar.ForwardRow(xRow, yRow); // ±∞ or NaN: the scalar rules
            return;
        }

        T sum = ExpSum(in x, ref y, n, max, store: true);
        Scale(ref y, n, T.One / sum);
    }

    /// <summary>y *= factor over n ≥ Count entries (the overlapping tail is read before the main loop scales it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scale(ref T y, int n, T factor)
    {
        int count = TSimd.Count;
        TVec f = TSimd.Broadcast(factor);
        TVec tail = TSimd.Load(in y, (nuint)(n - count));
        int i = 0;
        for (; i <= n - count; i += count)
        {
            TSimd.Store(TSimd.Multiply(TSimd.Load(in y, (nuint)i), f), ref y, (nuint)i);
        }

        if (i < n)
        {
            TSimd.Store(TSimd.Multiply(tail, f), ref y, (nuint)(n - count));
        }
    }

    private static void BackwardRow(ReadOnlySpan<T> yRow, ReadOnlySpan<T> dyRow, Span<T> dxRow)
    {
        ref T y = ref MemoryMarshal.GetReference(yRow);
        ref T dy = ref MemoryMarshal.GetReference(dyRow);
        ref T dx = ref MemoryMarshal.GetReference(dxRow);
        int n = yRow.Length;
        int count = TSimd.Count;

        // Pass 1: ⟨y, dy⟩ with two accumulators.
        TVec a0 = TSimd.Broadcast(T.Zero);
        TVec a1 = a0;
        int i = 0;
        for (; i <= n - 2 * count; i += 2 * count)
        {
            a0 = TSimd.MultiplyAdd(TSimd.Load(in y, (nuint)i), TSimd.Load(in dy, (nuint)i), a0);
            a1 = TSimd.MultiplyAdd(TSimd.Load(in y, (nuint)(i + count)), TSimd.Load(in dy, (nuint)(i + count)), a1);
        }

        if (i <= n - count)
        {
            a0 = TSimd.MultiplyAdd(TSimd.Load(in y, (nuint)i), TSimd.Load(in dy, (nuint)i), a0);
            i += count;
        }

        if (i < n)
        {
            int last = n - count;
            a1 = TSimd.Add(a1, NotYetCounted(TSimd.Multiply(TSimd.Load(in y, (nuint)last), TSimd.Load(in dy, (nuint)last)), i - last));
        }

        TVec dot = TSimd.Broadcast(TSimd.Sum(TSimd.Add(a0, a1)));

        // Pass 2: dx = y ⊙ (dy − dot); the tail inputs are read first because dx may alias y or dy.
        TVec yTail = TSimd.Load(in y, (nuint)(n - count));
        TVec dyTail = TSimd.Load(in dy, (nuint)(n - count));
        for (i = 0; i <= n - count; i += count)
        {
            TVec yi = TSimd.Load(in y, (nuint)i);
            TSimd.Store(TSimd.Multiply(yi, TSimd.Subtract(TSimd.Load(in dy, (nuint)i), dot)), ref dx, (nuint)i);
        }

        if (i < n)
        {
            TSimd.Store(TSimd.Multiply(yTail, TSimd.Subtract(dyTail, dot)), ref dx, (nuint)(n - count));
        }
    }

    private static void LogForwardRow(ReadOnlySpan<T> xRow, Span<T> yRow)
    {
        ref T x = ref MemoryMarshal.GetReference(xRow);
        ref T y = ref MemoryMarshal.GetReference(yRow);
        int n = xRow.Length;
        int count = TSimd.Count;
        T max = Max(in x, n);
        if (!T.IsFinite(max))
        {
            SoftmaxScalar.LogForwardRow(xRow, yRow);
            return;
        }

        T logSum = T.Log(ExpSum(in x, ref y, n, max, store: false));
        TVec shift = TSimd.Broadcast(max);
        TVec logSumV = TSimd.Broadcast(logSum);
        TVec tail = TSimd.Load(in x, (nuint)(n - count));
        int i = 0;
        for (; i <= n - count; i += count)
        {
            TSimd.Store(TSimd.Subtract(TSimd.Subtract(TSimd.Load(in x, (nuint)i), shift), logSumV), ref y, (nuint)i);
        }

        if (i < n)
        {
            TSimd.Store(TSimd.Subtract(TSimd.Subtract(tail, shift), logSumV), ref y, (nuint)(n - count));
        }
    }

    private static void LogBackwardRow(ReadOnlySpan<T> yRow, ReadOnlySpan<T> dyRow, Span<T> dxRow)
    {
        ref T y = ref MemoryMarshal.GetReference(yRow);
        ref T dy = ref MemoryMarshal.GetReference(dyRow);
        ref T dx = ref MemoryMarshal.GetReference(dxRow);
        int n = yRow.Length;
        int count = TSimd.Count;

        TVec s0 = TSimd.Broadcast(T.Zero);
        int i = 0;
        for (; i <= n - count; i += count)
        {
            s0 = TSimd.Add(s0, TSimd.Load(in dy, (nuint)i));
        }

        if (i < n)
        {
            s0 = TSimd.Add(s0, NotYetCounted(TSimd.Load(in dy, (nuint)(n - count)), i - (n - count)));
        }

        TVec sum = TSimd.Broadcast(TSimd.Sum(s0));
        TVec yTail = TSimd.Load(in y, (nuint)(n - count));
        TVec dyTail = TSimd.Load(in dy, (nuint)(n - count));
        for (i = 0; i <= n - count; i += count)
        {
            TVec p = VectorMath.Exp<TVec, T, TSimd>(TSimd.Load(in y, (nuint)i));
            TSimd.Store(TSimd.Subtract(TSimd.Load(in dy, (nuint)i), TSimd.Multiply(p, sum)), ref dx, (nuint)i);
        }

        if (i < n)
        {
            TVec p = VectorMath.Exp<TVec, T, TSimd>(yTail);
            TSimd.Store(TSimd.Subtract(dyTail, TSimd.Multiply(p, sum)), ref dx, (nuint)(n - count));
        }
    }

    // ---- Rows narrower than one vector: one vector per row. The window may extend into the next row (never past the span);
    // those lanes are masked out and written back with the values just read. The last rows, whose window would leave the span,
    // use the scalar code.

    private static void ForwardNarrow(ReadOnlySpan<T> xs, Span<T> ys, int cols)
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
                SoftmaxScalar.ForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
                continue;
            }

            TVec e = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v, TSimd.Broadcast(max))); // masked lanes: exp(−∞) = 0
            TVec p = TSimd.Multiply(e, TSimd.Broadcast(T.One / TSimd.Sum(e)));
            StoreMasked(p, mask, ref y, (nuint)start);
        }

        for (; start < xs.Length; start += cols)
        {
            SoftmaxScalar.ForwardRow(xs.Slice(start, cols), ys.Slice(start, cols));
        }
    }

    private static void BackwardNarrow(ReadOnlySpan<T> ys, ReadOnlySpan<T> dys, Span<T> dxs, int cols)
    {
        ref T y = ref MemoryMarshal.GetReference(ys);
        ref T dy = ref MemoryMarshal.GetReference(dys);
        ref T dx = ref MemoryMarshal.GetReference(dxs);
        TVec mask = RowMask(cols);
        TVec zero = TSimd.Broadcast(T.Zero);
        int start = 0;
        for (; start <= ys.Length - TSimd.Count; start += cols)
        {
            TVec yv = TSimd.Load(in y, (nuint)start);
            TVec dyv = TSimd.Load(in dy, (nuint)start);
            T dot = TSimd.Sum(TSimd.Select(mask, TSimd.Multiply(yv, dyv), zero));
            StoreMasked(TSimd.Multiply(yv, TSimd.Subtract(dyv, TSimd.Broadcast(dot))), mask, ref dx, (nuint)start);
        }

        for (; start < ys.Length; start += cols)
        {
            SoftmaxScalar.BackwardRow(ys.Slice(start, cols), dys.Slice(start, cols), dxs.Slice(start, cols));
        }
    }

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
