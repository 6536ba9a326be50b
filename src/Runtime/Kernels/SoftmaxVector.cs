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
internal static partial class SoftmaxVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Forward(ReadOnlySpan<T> x, Span<T> y, int cols)
    {
        if (cols < TSimd.Count)
        {
            ForwardNarrow(x, y, cols);
            return;
        }

        if (cols <= 4 * TSimd.Count)
        {
            for (int start = 0; start < x.Length; start += cols)
            {
                ForwardShortRow(x.Slice(start, cols), y.Slice(start, cols));
            }

            return;
        }

        for (int start = 0; start < x.Length; start += cols)
        {
            ForwardRow(x.Slice(start, cols), y.Slice(start, cols));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Backward(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols)
    {
        if (cols < TSimd.Count)
        {
            BackwardNarrow(y, dy, dx, cols);
            return;
        }

        if (cols <= 2 * TSimd.Count)
        {
            BackwardShortRows(y, dy, dx, cols);
            return;
        }

        if (SameAlignment(y, dy, dx))
        {
            for (int start = 0; start < y.Length; start += cols)
            {
                BackwardRowAligned(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
            }

            return;
        }

        for (int start = 0; start < y.Length; start += cols)
        {
            BackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
