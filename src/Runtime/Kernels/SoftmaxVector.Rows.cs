using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

// Softmax-family rows at least one vector wide: passes over memory, or registers for rows of up to four vectors.
internal static partial class SoftmaxVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>
    /// A row of one to four vectors held in registers: loaded once, then max, exp, sum and scale without re-reading memory.
    /// Vector q sits at <c>min(q·Count, n − Count)</c>; the last one may overlap its predecessor and is masked in the sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForwardShortRow(ReadOnlySpan<T> xRow, Span<T> yRow)
    {
        ref T x = ref MemoryMarshal.GetReference(xRow);
        ref T y = ref MemoryMarshal.GetReference(yRow);
        int n = xRow.Length;
        int count = TSimd.Count;
        int vectors = (n + count - 1) / count;
        nuint last = (nuint)(n - count);
        TVec negativeInfinity = TSimd.Broadcast(T.NegativeInfinity);

        // Lanes of the last vector that an earlier vector already covers are set to −∞: exp gives 0 there, so the sum
        // counts each entry once, and the store writes those lanes back with the earlier vector's values before it.
        TVec v0 = TSimd.Load(in x, 0);
        TVec v1 = vectors > 1 ? TSimd.Load(in x, (nuint)Math.Min(count, n - count)) : negativeInfinity;
        TVec v2 = vectors > 2 ? TSimd.Load(in x, (nuint)Math.Min(2 * count, n - count)) : negativeInfinity;
        TVec v3 = vectors > 3 ? TSimd.Load(in x, last) : negativeInfinity;
        int overlap = (vectors - 1) * count - (n - count); // lanes of the last vector already covered
        if (overlap > 0)
        {
            TVec fresh = TSimd.GreaterThan(TSimd.Indices, TSimd.Broadcast(T.CreateTruncating(overlap) - T.One));
            switch (vectors)
            {
                case 2: v1 = TSimd.Select(fresh, v1, negativeInfinity); break;
                case 3: v2 = TSimd.Select(fresh, v2, negativeInfinity); break;
                default: v3 = TSimd.Select(fresh, v3, negativeInfinity); break;
            }
        }

        T max = TSimd.MaxAcross(TSimd.MaxPropagateNaN(TSimd.MaxPropagateNaN(v0, v1), TSimd.MaxPropagateNaN(v2, v3)));
        if (!T.IsFinite(max))
        {
            SoftmaxScalar.ForwardRow(xRow, yRow);
            return;
        }

        TVec shift = TSimd.Broadcast(max);
        TVec e0 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v0, shift));
        TVec e1 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v1, shift));
        TVec e2 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v2, shift));
        TVec e3 = VectorMath.ExpNonPositive<TVec, T, TSimd>(TSimd.Subtract(v3, shift));
        T sum = TSimd.Sum(TSimd.Add(TSimd.Add(e0, e1), TSimd.Add(e2, e3)));
        TVec scale = TSimd.Broadcast(T.One / sum);

        // Store the last vector first: its masked lanes (0) are then overwritten by the earlier vectors' values.
        switch (vectors)
        {
            case 4: TSimd.Store(TSimd.Multiply(e3, scale), ref y, last); goto case 3;
            case 3: TSimd.Store(TSimd.Multiply(e2, scale), ref y, (nuint)Math.Min(2 * count, n - count)); goto case 2;
            case 2: TSimd.Store(TSimd.Multiply(e1, scale), ref y, (nuint)Math.Min(count, n - count)); goto default;
            default: TSimd.Store(TSimd.Multiply(e0, scale), ref y, 0); break;
        }
    }

    /// <summary>
    /// True when the three spans sit at the same offset from a vector-size boundary, so one split of each row into an
    /// unaligned head, an aligned body and a tail aligns the loads and stores of all three (.NET arrays start 16 bytes
    /// past a 64-byte boundary or anywhere else; PyTorch's storage is 64-byte aligned, where a row of 64 floats never
    /// splits a cache line).
    /// </summary>
    private static bool SameAlignment(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, ReadOnlySpan<T> dx)
    {
        nint vectorBytes = TSimd.Count * Unsafe.SizeOf<T>();
        nint yToDy = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(y), ref MemoryMarshal.GetReference(dy));
        nint yToDx = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(y), ref MemoryMarshal.GetReference(dx));
        return ((yToDy | yToDx) & (vectorBytes - 1)) == 0;
    }

    /// <summary>
    /// <see cref="BackwardRow"/> with the writing pass split at the first vector-aligned element: aligned vectors for the
    /// body, then overlapping tail and head vectors. The dot product is summed exactly as in <see cref="BackwardRow"/>, so
    /// the result is bit-identical. Head and tail inputs are read before anything is stored and the head is stored last
    /// (dx may alias y or dy). Needs n ≥ 2·Count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardRowAligned(ReadOnlySpan<T> yRow, ReadOnlySpan<T> dyRow, Span<T> dxRow)
    {
        ref T y = ref MemoryMarshal.GetReference(yRow);
        ref T dy = ref MemoryMarshal.GetReference(dyRow);
        ref T dx = ref MemoryMarshal.GetReference(dxRow);
        int n = yRow.Length;
        int count = TSimd.Count;
        nint vectorBytes = count * Unsafe.SizeOf<T>();

        // Elements before the first aligned one (the address is the byte offset from null; a GC move only costs speed).
        nint misalignment = Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref y) & (vectorBytes - 1);
        int head = misalignment == 0 ? 0 : (int)((vectorBytes - misalignment) / Unsafe.SizeOf<T>());
        int body = head + ((n - head) / count * count); // end of the aligned vectors
        TVec yHead = TSimd.Load(in y, 0), dyHead = TSimd.Load(in dy, 0);
        TVec yTail = TSimd.Load(in y, (nuint)(n - count)), dyTail = TSimd.Load(in dy, (nuint)(n - count));

        // Pass 1 in BackwardRow's order (the result must not depend on where the arrays happen to sit).
        TVec dot = TSimd.Broadcast(RowDot(ref y, ref dy, n));

        // Pass 2: dx = y ⊙ (dy − dot): aligned body, then the tail and the head (values overlapping the body are identical).
        for (int i = head; i < body; i += count)
        {
            TSimd.Store(TSimd.Multiply(TSimd.Load(in y, (nuint)i), TSimd.Subtract(TSimd.Load(in dy, (nuint)i), dot)), ref dx, (nuint)i);
        }

        TSimd.Store(TSimd.Multiply(yTail, TSimd.Subtract(dyTail, dot)), ref dx, (nuint)(n - count));
        TSimd.Store(TSimd.Multiply(yHead, TSimd.Subtract(dyHead, dot)), ref dx, 0);
    }

    /// <summary>⟨y, dy⟩ over a row of n ≥ Count entries, with two accumulators and a masked overlapping tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T RowDot(ref T y, ref T dy, int n)
    {
        int count = TSimd.Count;
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

        return TSimd.Sum(TSimd.Add(a0, a1));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BackwardRow(ReadOnlySpan<T> yRow, ReadOnlySpan<T> dyRow, Span<T> dxRow)
    {
        ref T y = ref MemoryMarshal.GetReference(yRow);
        ref T dy = ref MemoryMarshal.GetReference(dyRow);
        ref T dx = ref MemoryMarshal.GetReference(dxRow);
        int n = yRow.Length;
        int count = TSimd.Count;

        TVec dot = TSimd.Broadcast(RowDot(ref y, ref dy, n));

        // Pass 2: dx = y ⊙ (dy − dot); the tail inputs are read first because dx may alias y or dy.
        TVec yTail = TSimd.Load(in y, (nuint)(n - count));
        TVec dyTail = TSimd.Load(in dy, (nuint)(n - count));
        int i = 0;
        for (; i <= n - count; i += count)
        {
            TVec yi = TSimd.Load(in y, (nuint)i);
            TSimd.Store(TSimd.Multiply(yi, TSimd.Subtract(TSimd.Load(in dy, (nuint)i), dot)), ref dx, (nuint)i);
        }

        if (i < n)
        {
            TSimd.Store(TSimd.Multiply(yTail, TSimd.Subtract(dyTail, dot)), ref dx, (nuint)(n - count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
