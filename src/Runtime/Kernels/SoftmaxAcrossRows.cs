using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LayerGen;

/// <summary>
/// Softmax forward for float rows of 8 to 16 entries, vectorised across rows instead of along them: a block of 8 rows is
/// transposed in registers (<see cref="GemmTranspose.Block8x8(ref float, nint, ref float, nint)"/>: columns 0–7, and the last 4
/// or 8 columns, which overlap them when the row is shorter than 12 or 16) so that each vector holds one column of 8 rows. The max, exp, sum and scale are then
/// plain vertical operations with every lane in use — no horizontal reduction and no long dependency chain per row, which
/// is what limits the one-vector-per-row kernel on such short rows. The block is transposed back on the way out.
/// All 8 rows are read before any is written, so <c>y</c> may alias <c>x</c>. A block with a non-finite row maximum goes
/// to <see cref="SoftmaxScalar"/>.
/// </summary>
internal static class SoftmaxAcrossRows
{
    /// <summary>Rows per block.</summary>
    public const int BlockRows = 8;

    /// <summary>True when <see cref="Forward"/> handles rows of <paramref name="cols"/> entries on this machine.</summary>
    public static bool Supports(int cols) => GemmTranspose.IsSupported && Vector256.IsHardwareAccelerated && cols >= 8 && cols <= 16;

    /// <summary>Softmax of the leading whole blocks of 8 rows; returns the number of rows done (the caller does the rest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Forward(ReadOnlySpan<float> xs, Span<float> ys, int cols)
    {
        int blocks = xs.Length / cols / BlockRows;
        Span<float> columns = stackalloc float[16 * BlockRows];
        ref float column = ref MemoryMarshal.GetReference(columns);
        ref float x = ref MemoryMarshal.GetReference(xs);
        ref float y = ref MemoryMarshal.GetReference(ys);
        bool narrowTail = cols <= 12; // the columns past 8 fit in a 4-wide tail block
        nint last = narrowTail ? cols - 4 : cols - 8; // first column of the tail block (it may overlap columns 0–7)
        for (int block = 0; block < blocks; block++)
        {
            nint start = (nint)block * BlockRows * cols;
            GemmTranspose.Block8x8(ref Unsafe.Add(ref x, start), cols, ref column, BlockRows);
            if (narrowTail)
            {
                GemmTranspose.Block8x4(ref Unsafe.Add(ref x, start + last), cols, ref Unsafe.Add(ref column, last * BlockRows));
            }
            else
            {
                GemmTranspose.Block8x8(ref Unsafe.Add(ref x, start + last), cols, ref Unsafe.Add(ref column, last * BlockRows), BlockRows);
            }

            Vector256<float> max = Vector256.LoadUnsafe(ref column);
            for (nint j = 1; j < cols; j++)
            {
                max = Vector256.MaxNative(max, Vector256.LoadUnsafe(ref column, (nuint)(j * BlockRows)));
            }

            Vector256<float> sum = Vector256<float>.Zero;
            for (nint j = 0; j < cols; j++)
            {
                nuint offset = (nuint)(j * BlockRows);
                Vector256<float> e = VectorMath.ExpNonPositive<Vector256<float>, float, Simd256<float>>(Vector256.LoadUnsafe(ref column, offset) - max);
                e.StoreUnsafe(ref column, offset);
                sum += e;
            }

            // A NaN or ±∞ in a row makes its sum NaN (NaN − max, ∞ − ∞ or −∞ − (−∞)): those blocks go to the scalar reference.
            if (!Vector256.EqualsAll(sum - sum, Vector256<float>.Zero))
            {
                for (int row = 0; row < BlockRows; row++)
                {
                    int at = (int)start + (row * cols);
                    SoftmaxScalar.ForwardRow(xs.Slice(at, cols), ys.Slice(at, cols));
                }

                continue;
            }

            // Back to rows, each column vector scaled by 1 / sum of its rows on the way.
            Vector256<float> scale = Vector256<float>.One / sum;
            GemmTranspose.Block8x8(ref column, BlockRows, ref Unsafe.Add(ref y, start), cols, scale);
            if (narrowTail)
            {
                GemmTranspose.Block4x8(ref Unsafe.Add(ref column, last * BlockRows), ref Unsafe.Add(ref y, start + last), cols, scale);
            }
            else
            {
                GemmTranspose.Block8x8(ref Unsafe.Add(ref column, last * BlockRows), BlockRows, ref Unsafe.Add(ref y, start + last), cols, scale);
            }
        }

        return blocks * BlockRows;
    }
}
