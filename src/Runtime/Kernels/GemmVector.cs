using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// Register-tiled matrix products on one vector width, each OVERWRITING its destination (no packing, no heap):
/// <list type="bullet">
/// <item><see cref="Multiply"/>: <c>C = A·B (+ bias)</c> where A is read through strides, so the same micro-kernel computes
/// <c>x·W</c> (A = x, row stride = inputs, step = 1) and <c>xᵀ·dy</c> (A = xᵀ, row stride = 1, step = inputs).
/// A 4 × 2-vector tile of C stays in registers for the whole reduction: per step it loads two vectors of a B row, broadcasts
/// four A entries and issues eight fused multiply-adds.</item>
/// <item><see cref="MultiplyTransposedRight"/>: <c>C = A·Bᵀ</c> (<c>dy·Wᵀ</c>) as dot products of rows, a 2 × 4 tile of
/// vector accumulators reduced horizontally at the end.</item>
/// </list>
/// Column tails use one overlapping vector (recomputing a few columns with identical arithmetic), so every width needs at least
/// one full vector per row; callers use narrower widths or the scalar code for smaller sizes.
/// </summary>
internal static class GemmVector<TVec, T, TSimd>
    where TVec : struct
    where T : unmanaged, IFloatingPointIeee754<T>
    where TSimd : ISimd<TVec, T>
{
    /// <summary>
    /// <c>C (rows × n) = A · B (+ bias)</c> with <c>A(r, p) = a[r·aRow + p·aStep]</c> (rows × steps) and B (steps × n) row-major.
    /// Needs n ≥ Count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(
        ReadOnlySpan<T> aSpan, int aRow, int aStep, ReadOnlySpan<T> bSpan, ReadOnlySpan<T> biasSpan, Span<T> cSpan, int rows, int steps, int n)
    {
        ref T a = ref MemoryMarshal.GetReference(aSpan);
        ref T b = ref MemoryMarshal.GetReference(bSpan);
        ref T bias = ref MemoryMarshal.GetReference(biasSpan);
        ref T c = ref MemoryMarshal.GetReference(cSpan);
        Start first = biasSpan.IsEmpty ? Start.Zero : Start.Bias;
        int count = TSimd.Count;
        int blocked = n - n % (2 * count); // columns done in 2-vector tiles

        // 2-vector column tiles, the reduction cut into blocks of StepBlock steps so the B panel (StepBlock × 2 vectors)
        // stays in L1 while every row tile of A passes over it; blocks after the first accumulate onto C.
        for (int kb = 0; kb < steps; kb += StepBlock)
        {
            int kc = Math.Min(StepBlock, steps - kb);
            Start start = kb == 0 ? first : Start.Accumulate;
            ref T aBlock = ref Unsafe.Add(ref a, (nint)kb * aStep);
            ref T bBlock = ref Unsafe.Add(ref b, (nint)kb * n);
            for (int j = 0; j < blocked; j += 2 * count)
            {
                int i = 0;
                for (; i <= rows - 4; i += 4)
                {
                    Tile4x2(ref Unsafe.Add(ref aBlock, (nint)i * aRow), aRow, aStep, ref Unsafe.Add(ref bBlock, j), n, kc, ref Unsafe.Add(ref c, (nint)i * n + j), n, start, ref Unsafe.Add(ref bias, j));
                }

                for (; i < rows; i++)
                {
                    Tile1x2(ref Unsafe.Add(ref aBlock, (nint)i * aRow), aStep, ref Unsafe.Add(ref bBlock, j), n, kc, ref Unsafe.Add(ref c, (nint)i * n + j), start, ref Unsafe.Add(ref bias, j));
                }
            }
        }

        // The remaining (< 2 vectors of) columns over the whole reduction at once: whole vectors, then one vector
        // overlapping the previous columns (recomputed with identical arithmetic and overwritten).
        int column = blocked;
        while (column < n)
        {
            column = Math.Min(column, n - count);
            int i = 0;
            for (; i <= rows - 4; i += 4)
            {
                Tile4x1(ref Unsafe.Add(ref a, (nint)i * aRow), aRow, aStep, ref Unsafe.Add(ref b, column), n, steps, ref Unsafe.Add(ref c, (nint)i * n + column), n, first, ref Unsafe.Add(ref bias, column));
            }

            for (; i < rows; i++)
            {
                Tile1x1(ref Unsafe.Add(ref a, (nint)i * aRow), aStep, ref Unsafe.Add(ref b, column), n, steps, ref Unsafe.Add(ref c, (nint)i * n + column), first, ref Unsafe.Add(ref bias, column));
            }

            column += count;
        }
    }

    /// <summary>Reduction steps per block of <see cref="Multiply"/>: 256 rows of a 2-vector B panel are 16–32 KB (float).</summary>
    private const int StepBlock = 256;

    /// <summary>What a tile's accumulators start from.</summary>
    private enum Start
    {
        Zero,
        Bias,
        Accumulate,
    }

    /// <summary>The initial accumulator for the vector at <paramref name="offset"/> of a C row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec Initial(Start start, ref T bias, ref T cRow, nuint offset) => start switch
    {
        Start.Bias => TSimd.Load(in bias, offset),
        Start.Accumulate => TSimd.Load(in cRow, offset),
        _ => TSimd.Broadcast(T.Zero),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile4x2(ref T a, nint aRow, nint aStep, ref T b, nint bRow, int steps, ref T c, nint cRow, Start start, ref T bias)
    {
        nuint count = (nuint)TSimd.Count;
        TVec c00 = Initial(start, ref bias, ref c, 0), c01 = Initial(start, ref bias, ref c, count);
        TVec c10 = Initial(start, ref bias, ref Unsafe.Add(ref c, cRow), 0), c11 = Initial(start, ref bias, ref Unsafe.Add(ref c, cRow), count);
        TVec c20 = Initial(start, ref bias, ref Unsafe.Add(ref c, 2 * cRow), 0), c21 = Initial(start, ref bias, ref Unsafe.Add(ref c, 2 * cRow), count);
        TVec c30 = Initial(start, ref bias, ref Unsafe.Add(ref c, 3 * cRow), 0), c31 = Initial(start, ref bias, ref Unsafe.Add(ref c, 3 * cRow), count);
        for (int p = 0; p < steps; p++)
        {
            ref T bp = ref Unsafe.Add(ref b, p * bRow);
            TVec b0 = TSimd.Load(in bp, 0);
            TVec b1 = TSimd.Load(in bp, count);
            ref T ap = ref Unsafe.Add(ref a, p * aStep);
            TVec a0 = TSimd.Broadcast(ap);
            c00 = TSimd.MultiplyAdd(a0, b0, c00);
            c01 = TSimd.MultiplyAdd(a0, b1, c01);
            TVec a1 = TSimd.Broadcast(Unsafe.Add(ref ap, aRow));
            c10 = TSimd.MultiplyAdd(a1, b0, c10);
            c11 = TSimd.MultiplyAdd(a1, b1, c11);
            TVec a2 = TSimd.Broadcast(Unsafe.Add(ref ap, 2 * aRow));
            c20 = TSimd.MultiplyAdd(a2, b0, c20);
            c21 = TSimd.MultiplyAdd(a2, b1, c21);
            TVec a3 = TSimd.Broadcast(Unsafe.Add(ref ap, 3 * aRow));
            c30 = TSimd.MultiplyAdd(a3, b0, c30);
            c31 = TSimd.MultiplyAdd(a3, b1, c31);
        }

        TSimd.Store(c00, ref c, 0);
        TSimd.Store(c01, ref c, count);
        TSimd.Store(c10, ref Unsafe.Add(ref c, cRow), 0);
        TSimd.Store(c11, ref Unsafe.Add(ref c, cRow), count);
        TSimd.Store(c20, ref Unsafe.Add(ref c, 2 * cRow), 0);
        TSimd.Store(c21, ref Unsafe.Add(ref c, 2 * cRow), count);
        TSimd.Store(c30, ref Unsafe.Add(ref c, 3 * cRow), 0);
        TSimd.Store(c31, ref Unsafe.Add(ref c, 3 * cRow), count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile1x2(ref T a, nint aStep, ref T b, nint bRow, int steps, ref T c, Start start, ref T bias)
    {
        nuint count = (nuint)TSimd.Count;
        TVec c00 = Initial(start, ref bias, ref c, 0), c01 = Initial(start, ref bias, ref c, count);
        for (int p = 0; p < steps; p++)
        {
            ref T bp = ref Unsafe.Add(ref b, p * bRow);
            TVec a0 = TSimd.Broadcast(Unsafe.Add(ref a, p * aStep));
            c00 = TSimd.MultiplyAdd(a0, TSimd.Load(in bp, 0), c00);
            c01 = TSimd.MultiplyAdd(a0, TSimd.Load(in bp, count), c01);
        }

        TSimd.Store(c00, ref c, 0);
        TSimd.Store(c01, ref c, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile4x1(ref T a, nint aRow, nint aStep, ref T b, nint bRow, int steps, ref T c, nint cRow, Start start, ref T bias)
    {
        TVec c0 = Initial(start, ref bias, ref c, 0);
        TVec c1 = c0, c2 = c0, c3 = c0; // the column tail always starts from zero or the bias, never from C
        for (int p = 0; p < steps; p++)
        {
            TVec b0 = TSimd.Load(in Unsafe.Add(ref b, p * bRow), 0);
            ref T ap = ref Unsafe.Add(ref a, p * aStep);
            c0 = TSimd.MultiplyAdd(TSimd.Broadcast(ap), b0, c0);
            c1 = TSimd.MultiplyAdd(TSimd.Broadcast(Unsafe.Add(ref ap, aRow)), b0, c1);
            c2 = TSimd.MultiplyAdd(TSimd.Broadcast(Unsafe.Add(ref ap, 2 * aRow)), b0, c2);
            c3 = TSimd.MultiplyAdd(TSimd.Broadcast(Unsafe.Add(ref ap, 3 * aRow)), b0, c3);
        }

        TSimd.Store(c0, ref c, 0);
        TSimd.Store(c1, ref Unsafe.Add(ref c, cRow), 0);
        TSimd.Store(c2, ref Unsafe.Add(ref c, 2 * cRow), 0);
        TSimd.Store(c3, ref Unsafe.Add(ref c, 3 * cRow), 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile1x1(ref T a, nint aStep, ref T b, nint bRow, int steps, ref T c, Start start, ref T bias)
    {
        TVec c0 = Initial(start, ref bias, ref c, 0);
        for (int p = 0; p < steps; p++)
        {
            c0 = TSimd.MultiplyAdd(TSimd.Broadcast(Unsafe.Add(ref a, p * aStep)), TSimd.Load(in Unsafe.Add(ref b, p * bRow), 0), c0);
        }

        TSimd.Store(c0, ref c, 0);
    }

    /// <summary><c>C (m × k) = A (m × n) · Bᵀ</c> with B (k × n): every entry a dot product of two rows. Needs n ≥ Count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyTransposedRight(ReadOnlySpan<T> aSpan, ReadOnlySpan<T> bSpan, Span<T> cSpan, int m, int n, int k)
    {
        ref T a = ref MemoryMarshal.GetReference(aSpan);
        ref T b = ref MemoryMarshal.GetReference(bSpan);
        ref T c = ref MemoryMarshal.GetReference(cSpan);
        int count = TSimd.Count;
        int full = n - n % count;            // columns covered by whole vectors
        int overlap = full == n ? 0 : full - (n - count); // lanes of the last (overlapping) vector already covered
        TVec tailMask = TSimd.GreaterThan(TSimd.Indices, TSimd.Broadcast(T.CreateTruncating(overlap) - T.One));

        // Rows of B are visited in blocks of about 32 KB, so a block stays in cache while every row pair of A passes over it.
        int k4 = k - k % 4;
        int block = Math.Max(4, 32768 / Math.Max(1, n * Unsafe.SizeOf<T>()) / 4 * 4);
        for (int p0 = 0; p0 < k4; p0 += block)
        {
            int pEnd = Math.Min(p0 + block, k4);
            int i = 0;
            for (; i <= m - 2; i += 2)
            {
                for (int p = p0; p < pEnd; p += 4)
                {
                    Dot2x4(ref Unsafe.Add(ref a, (nint)i * n), ref Unsafe.Add(ref b, (nint)p * n), n, full, tailMask, ref Unsafe.Add(ref c, (nint)i * k + p), k);
                }
            }

            for (; i < m; i++)
            {
                for (int p = p0; p < pEnd; p++)
                {
                    Unsafe.Add(ref c, (nint)i * k + p) = Dot(ref Unsafe.Add(ref a, (nint)i * n), ref Unsafe.Add(ref b, (nint)p * n), n, full, tailMask);
                }
            }
        }

        for (int p = k4; p < k; p++)
        {
            for (int i = 0; i < m; i++)
            {
                Unsafe.Add(ref c, (nint)i * k + p) = Dot(ref Unsafe.Add(ref a, (nint)i * n), ref Unsafe.Add(ref b, (nint)p * n), n, full, tailMask);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dot2x4(ref T a, ref T b, nint n, int full, TVec tailMask, ref T c, nint cRow)
    {
        TVec zero = TSimd.Broadcast(T.Zero);
        TVec s00 = zero, s01 = zero, s02 = zero, s03 = zero, s10 = zero, s11 = zero, s12 = zero, s13 = zero;
        ref T a1 = ref Unsafe.Add(ref a, n);
        ref T b1 = ref Unsafe.Add(ref b, n);
        ref T b2 = ref Unsafe.Add(ref b, 2 * n);
        ref T b3 = ref Unsafe.Add(ref b, 3 * n);
        nuint count = (nuint)TSimd.Count;
        nuint j = 0;
        for (; j < (nuint)full; j += count)
        {
            TVec x0 = TSimd.Load(in a, j);
            TVec x1 = TSimd.Load(in a1, j);
            TVec w = TSimd.Load(in b, j);
            s00 = TSimd.MultiplyAdd(x0, w, s00);
            s10 = TSimd.MultiplyAdd(x1, w, s10);
            w = TSimd.Load(in b1, j);
            s01 = TSimd.MultiplyAdd(x0, w, s01);
            s11 = TSimd.MultiplyAdd(x1, w, s11);
            w = TSimd.Load(in b2, j);
            s02 = TSimd.MultiplyAdd(x0, w, s02);
            s12 = TSimd.MultiplyAdd(x1, w, s12);
            w = TSimd.Load(in b3, j);
            s03 = TSimd.MultiplyAdd(x0, w, s03);
            s13 = TSimd.MultiplyAdd(x1, w, s13);
        }

        if (full != (int)n)
        {
            // The last vector overlaps covered columns: zero those lanes of the A rows so they add nothing.
            nuint last = (nuint)n - count;
            TVec x0 = TSimd.Select(tailMask, TSimd.Load(in a, last), zero);
            TVec x1 = TSimd.Select(tailMask, TSimd.Load(in a1, last), zero);
            TVec w = TSimd.Load(in b, last);
            s00 = TSimd.MultiplyAdd(x0, w, s00);
            s10 = TSimd.MultiplyAdd(x1, w, s10);
            w = TSimd.Load(in b1, last);
            s01 = TSimd.MultiplyAdd(x0, w, s01);
            s11 = TSimd.MultiplyAdd(x1, w, s11);
            w = TSimd.Load(in b2, last);
            s02 = TSimd.MultiplyAdd(x0, w, s02);
            s12 = TSimd.MultiplyAdd(x1, w, s12);
            w = TSimd.Load(in b3, last);
            s03 = TSimd.MultiplyAdd(x0, w, s03);
            s13 = TSimd.MultiplyAdd(x1, w, s13);
        }

        c = TSimd.Sum(s00);
        Unsafe.Add(ref c, 1) = TSimd.Sum(s01);
        Unsafe.Add(ref c, 2) = TSimd.Sum(s02);
        Unsafe.Add(ref c, 3) = TSimd.Sum(s03);
        ref T c1 = ref Unsafe.Add(ref c, cRow);
        c1 = TSimd.Sum(s10);
        Unsafe.Add(ref c1, 1) = TSimd.Sum(s11);
        Unsafe.Add(ref c1, 2) = TSimd.Sum(s12);
        Unsafe.Add(ref c1, 3) = TSimd.Sum(s13);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Dot(ref T a, ref T b, int n, int full, TVec tailMask)
    {
        TVec s0 = TSimd.Broadcast(T.Zero);
        nuint count = (nuint)TSimd.Count;
        nuint j = 0;
        for (; j < (nuint)full; j += count)
        {
            s0 = TSimd.MultiplyAdd(TSimd.Load(in a, j), TSimd.Load(in b, j), s0);
        }

        if (full != n)
        {
            nuint last = (nuint)n - count;
            s0 = TSimd.MultiplyAdd(TSimd.Select(tailMask, TSimd.Load(in a, last), TSimd.Broadcast(T.Zero)), TSimd.Load(in b, last), s0);
        }

        return TSimd.Sum(s0);
    }
}
