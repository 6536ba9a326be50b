using System.Numerics;
using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>
/// Row-major matrix products used by <see cref="Affine"/>, each OVERWRITING its destination: <c>C = A·B + bias</c>,
/// <c>C = Aᵀ·B</c> and <c>C = A·Bᵀ</c>, with an optional <see cref="GemmEpilogue"/>. Dispatches to
/// <see cref="GemmVector{TVec, T, TSimd}"/> on the requested width (narrowed while one vector covers a whole output row),
/// else to the scalar reference loops here. Arguments are already validated.
/// </summary>
internal static class Gemm
{
    /// <summary><c>C (m × n) = A (m × k) · B (k × n) + bias</c> (bias empty = none), then <paramref name="epilogue"/>.</summary>
    public static void Multiply<T>(
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<T> c, int m, int k, int n, GemmEpilogue epilogue, ReadOnlySpan<T> mask, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (PanelWidth<T>(path, n))
        {
            case SimdPath.Vector512: GemmVector<Vector512<T>, T, Simd512<T>>.Multiply(a, k, 1, b, n, 1, bias, c, m, k, n, epilogue, mask); break;
            case SimdPath.Vector256: GemmVector<Vector256<T>, T, Simd256<T>>.Multiply(a, k, 1, b, n, 1, bias, c, m, k, n, epilogue, mask); break;
            case SimdPath.Vector128: GemmVector<Vector128<T>, T, Simd128<T>>.Multiply(a, k, 1, b, n, 1, bias, c, m, k, n, epilogue, mask); break;
            default:
                MultiplyScalar(a, b, bias, c, m, k, n);
                ApplyEpilogue(c[..(m * n)], epilogue, mask);
                break;
        }
    }

    /// <summary><c>C (k × n) = Aᵀ · B</c> with <c>A (m × k)</c> and <c>B (m × n)</c>: the weight gradient xᵀ·dy.</summary>
    public static void MultiplyTransposedLeft<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Row r of C is column r of A: row stride 1, step (to the next batch row) k.
        switch (PanelWidth<T>(path, n))
        {
            case SimdPath.Vector512: GemmVector<Vector512<T>, T, Simd512<T>>.Multiply(a, 1, k, b, n, 1, default, c, k, m, n, GemmEpilogue.None, default); break;
            case SimdPath.Vector256: GemmVector<Vector256<T>, T, Simd256<T>>.Multiply(a, 1, k, b, n, 1, default, c, k, m, n, GemmEpilogue.None, default); break;
            case SimdPath.Vector128: GemmVector<Vector128<T>, T, Simd128<T>>.Multiply(a, 1, k, b, n, 1, default, c, k, m, n, GemmEpilogue.None, default); break;
            default: MultiplyTransposedLeftScalar(a, b, c, m, k, n); break;
        }
    }

    /// <summary>
    /// <c>C (m × k) = A · Bᵀ</c> with <c>A (m × n)</c> and <c>B (k × n)</c>: the input gradient dy·Wᵀ, then
    /// <paramref name="epilogue"/> (<see cref="GemmEpilogue.PositiveMask"/> fuses the Relu backward of the layer below).
    /// </summary>
    public static void MultiplyTransposedRight<T>(
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int n, int k, GemmEpilogue epilogue, ReadOnlySpan<T> mask, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // B(p, j) of the product is W[j, p]: step stride 1, column stride n. Packing transposes it once per call.
        switch (PanelWidth<T>(path, k))
        {
            case SimdPath.Vector512: GemmVector<Vector512<T>, T, Simd512<T>>.Multiply(a, n, 1, b, 1, n, default, c, m, n, k, epilogue, mask); break;
            case SimdPath.Vector256: GemmVector<Vector256<T>, T, Simd256<T>>.Multiply(a, n, 1, b, 1, n, default, c, m, n, k, epilogue, mask); break;
            case SimdPath.Vector128: GemmVector<Vector128<T>, T, Simd128<T>>.Multiply(a, n, 1, b, 1, n, default, c, m, n, k, epilogue, mask); break;
            default:
                MultiplyTransposedRightScalar(a, b, c, m, n, k);
                ApplyEpilogue(c[..(m * k)], epilogue, mask);
                break;
        }
    }

    /// <summary>
    /// The requested width, narrowed while one vector already covers an output row (a two-vector panel would then be more
    /// than half padding); scalar if it is not accelerated. Vector128 serves every row width.
    /// </summary>
    internal static SimdPath PanelWidth<T>(SimdPath path, int columns)
        where T : unmanaged
    {
        if (!SimdPaths.IsAccelerated(path))
        {
            return SimdPath.Scalar;
        }

        if (path == SimdPath.Vector512 && columns <= Vector512<T>.Count)
        {
            path = SimdPath.Vector256;
        }

        if (path == SimdPath.Vector256 && columns <= Vector256<T>.Count)
        {
            path = SimdPath.Vector128;
        }

        return path;
    }

    /// <summary>The requested width narrowed until one vector fits in <paramref name="length"/>; scalar if none does or it is not accelerated.</summary>
    internal static SimdPath Width<T>(SimdPath path, int length)
        where T : unmanaged
    {
        if (!SimdPaths.IsAccelerated(path))
        {
            return SimdPath.Scalar;
        }

        if (path == SimdPath.Vector512 && length < Vector512<T>.Count)
        {
            path = SimdPath.Vector256;
        }

        if (path == SimdPath.Vector256 && length < Vector256<T>.Count)
        {
            path = SimdPath.Vector128;
        }

        return path == SimdPath.Vector128 && length < Vector128<T>.Count ? SimdPath.Scalar : path;
    }

    /// <summary>The scalar form of <see cref="GemmEpilogue"/> over a finished product.</summary>
    internal static void ApplyEpilogue<T>(Span<T> c, GemmEpilogue epilogue, ReadOnlySpan<T> mask)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < c.Length; i++)
        {
            c[i] = epilogue switch
            {
                GemmEpilogue.Relu => ReluOp<Vector128<T>, T>.Apply(c[i]),
                GemmEpilogue.PositiveMask => mask[i] > T.Zero ? c[i] : T.Zero,
                _ => c[i],
            };
        }
    }

    internal static void MultiplyScalar<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<T> c, int m, int k, int n)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < m; i++)
        {
            Span<T> cRow = c.Slice(i * n, n);
            if (bias.IsEmpty)
            {
                cRow.Clear();
            }
            else
            {
                bias.CopyTo(cRow);
            }

            for (int p = 0; p < k; p++)
            {
                T aip = a[i * k + p];
                ReadOnlySpan<T> bRow = b.Slice(p * n, n);
                for (int j = 0; j < n; j++)
                {
                    cRow[j] += aip * bRow[j];
                }
            }
        }
    }

    internal static void MultiplyTransposedLeftScalar<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n)
        where T : IFloatingPointIeee754<T>
    {
        c[..(k * n)].Clear();
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<T> bRow = b.Slice(i * n, n);
            for (int p = 0; p < k; p++)
            {
                T aip = a[i * k + p];
                Span<T> cRow = c.Slice(p * n, n);
                for (int j = 0; j < n; j++)
                {
                    cRow[j] += aip * bRow[j];
                }
            }
        }
    }

    internal static void MultiplyTransposedRightScalar<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int n, int k)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<T> aRow = a.Slice(i * n, n);
            for (int p = 0; p < k; p++)
            {
                ReadOnlySpan<T> bRow = b.Slice(p * n, n);
                T sum = T.Zero;
                for (int j = 0; j < n; j++)
                {
                    sum += aRow[j] * bRow[j];
                }

                c[i * k + p] = sum;
            }
        }
    }
}
