using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LayerGen;

/// <summary>
/// Packing of a transposed B (the <c>Wᵀ</c> of <c>dy·Wᵀ</c>) for float on AVX: 8 × 8 blocks transposed in registers
/// (unpack, shuffle, 128-bit permute), instead of one scalar load and store per element.
/// </summary>
internal static class GemmTranspose
{
    /// <summary>True when <see cref="Block8x8(ref float, nint, ref float, nint)"/> runs in hardware.</summary>
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>
    /// Writes the 8 × 8 block whose rows start at <paramref name="source"/> (row stride <paramref name="sourceRow"/>) transposed:
    /// column c of the block becomes 8 contiguous values at <c>destination + c·destinationRow</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block8x8(ref float source, nint sourceRow, ref float destination, nint destinationRow) =>
        Block8x8(ref source, sourceRow, ref destination, destinationRow, Vector256<float>.One);

    /// <summary>
    /// <see cref="Block8x8(ref float, nint, ref float, nint)"/> with every source row multiplied lane-wise by
    /// <paramref name="scale"/> first (lane c of the scale applies to what becomes destination row c).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block8x8(ref float source, nint sourceRow, ref float destination, nint destinationRow, Vector256<float> scale)
    {
        Vector256<float> r0 = Vector256.LoadUnsafe(ref source) * scale;
        Vector256<float> r1 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, sourceRow)) * scale;
        Vector256<float> r2 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 2 * sourceRow)) * scale;
        Vector256<float> r3 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 3 * sourceRow)) * scale;
        Vector256<float> r4 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 4 * sourceRow)) * scale;
        Vector256<float> r5 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 5 * sourceRow)) * scale;
        Vector256<float> r6 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 6 * sourceRow)) * scale;
        Vector256<float> r7 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 7 * sourceRow)) * scale;

        // Interleave pairs of rows (per 128-bit half), then pairs of pairs: each half then holds 4 × 4 transposed.
        Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
        Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5);
        Vector256<float> t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);
        Vector256<float> u0 = Avx.Shuffle(t0, t2, 0x44), u1 = Avx.Shuffle(t0, t2, 0xEE);
        Vector256<float> u2 = Avx.Shuffle(t1, t3, 0x44), u3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> u4 = Avx.Shuffle(t4, t6, 0x44), u5 = Avx.Shuffle(t4, t6, 0xEE);
        Vector256<float> u6 = Avx.Shuffle(t5, t7, 0x44), u7 = Avx.Shuffle(t5, t7, 0xEE);

        // Join the low halves (columns 0–3) and the high halves (columns 4–7) of rows 0–3 and 4–7.
        Avx.Permute2x128(u0, u4, 0x20).StoreUnsafe(ref destination);
        Avx.Permute2x128(u1, u5, 0x20).StoreUnsafe(ref Unsafe.Add(ref destination, destinationRow));
        Avx.Permute2x128(u2, u6, 0x20).StoreUnsafe(ref Unsafe.Add(ref destination, 2 * destinationRow));
        Avx.Permute2x128(u3, u7, 0x20).StoreUnsafe(ref Unsafe.Add(ref destination, 3 * destinationRow));
        Avx.Permute2x128(u0, u4, 0x31).StoreUnsafe(ref Unsafe.Add(ref destination, 4 * destinationRow));
        Avx.Permute2x128(u1, u5, 0x31).StoreUnsafe(ref Unsafe.Add(ref destination, 5 * destinationRow));
        Avx.Permute2x128(u2, u6, 0x31).StoreUnsafe(ref Unsafe.Add(ref destination, 6 * destinationRow));
        Avx.Permute2x128(u3, u7, 0x31).StoreUnsafe(ref Unsafe.Add(ref destination, 7 * destinationRow));
    }

    /// <summary>
    /// Writes 8 rows × 4 columns (rows at <paramref name="source"/>, stride <paramref name="sourceRow"/>) transposed: column c
    /// becomes 8 contiguous values at <c>destination + c·8</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block8x4(ref float source, nint sourceRow, ref float destination)
    {
        // Rows r and r + 4 share a vector (one per 128-bit half); a 4 × 4 transpose per half then gives the columns.
        Vector256<float> r04 = Vector256.Create(Vector128.LoadUnsafe(ref source), Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 4 * sourceRow)));
        Vector256<float> r15 = Vector256.Create(Vector128.LoadUnsafe(ref Unsafe.Add(ref source, sourceRow)), Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 5 * sourceRow)));
        Vector256<float> r26 = Vector256.Create(Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 2 * sourceRow)), Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 6 * sourceRow)));
        Vector256<float> r37 = Vector256.Create(Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 3 * sourceRow)), Vector128.LoadUnsafe(ref Unsafe.Add(ref source, 7 * sourceRow)));
        Vector256<float> t0 = Avx.UnpackLow(r04, r15), t1 = Avx.UnpackHigh(r04, r15);
        Vector256<float> t2 = Avx.UnpackLow(r26, r37), t3 = Avx.UnpackHigh(r26, r37);
        Avx.Shuffle(t0, t2, 0x44).StoreUnsafe(ref destination);
        Avx.Shuffle(t0, t2, 0xEE).StoreUnsafe(ref Unsafe.Add(ref destination, 8));
        Avx.Shuffle(t1, t3, 0x44).StoreUnsafe(ref Unsafe.Add(ref destination, 16));
        Avx.Shuffle(t1, t3, 0xEE).StoreUnsafe(ref Unsafe.Add(ref destination, 24));
    }

    /// <summary>
    /// The inverse of <see cref="Block8x4"/>: 4 column vectors of 8 (at <paramref name="source"/>, stride 8), each multiplied
    /// lane-wise by <paramref name="scale"/>, written as 8 rows of 4 at <paramref name="destination"/> (stride <paramref name="destinationRow"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block4x8(ref float source, ref float destination, nint destinationRow, Vector256<float> scale)
    {
        Vector256<float> c0 = Vector256.LoadUnsafe(ref source) * scale;
        Vector256<float> c1 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 8)) * scale;
        Vector256<float> c2 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 16)) * scale;
        Vector256<float> c3 = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, 24)) * scale;
        Vector256<float> t0 = Avx.UnpackLow(c0, c1), t1 = Avx.UnpackHigh(c0, c1);
        Vector256<float> t2 = Avx.UnpackLow(c2, c3), t3 = Avx.UnpackHigh(c2, c3);
        Vector256<float> rows04 = Avx.Shuffle(t0, t2, 0x44), rows15 = Avx.Shuffle(t0, t2, 0xEE);
        Vector256<float> rows26 = Avx.Shuffle(t1, t3, 0x44), rows37 = Avx.Shuffle(t1, t3, 0xEE);
        rows04.GetLower().StoreUnsafe(ref destination);
        rows15.GetLower().StoreUnsafe(ref Unsafe.Add(ref destination, destinationRow));
        rows26.GetLower().StoreUnsafe(ref Unsafe.Add(ref destination, 2 * destinationRow));
        rows37.GetLower().StoreUnsafe(ref Unsafe.Add(ref destination, 3 * destinationRow));
        rows04.GetUpper().StoreUnsafe(ref Unsafe.Add(ref destination, 4 * destinationRow));
        rows15.GetUpper().StoreUnsafe(ref Unsafe.Add(ref destination, 5 * destinationRow));
        rows26.GetUpper().StoreUnsafe(ref Unsafe.Add(ref destination, 6 * destinationRow));
        rows37.GetUpper().StoreUnsafe(ref Unsafe.Add(ref destination, 7 * destinationRow));
    }
}
