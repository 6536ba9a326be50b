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
}
