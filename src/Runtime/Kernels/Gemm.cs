using System.Numerics;

namespace LayerGen;

/// <summary>
/// Row-major matrix products used by <see cref="Affine"/>, each OVERWRITING its destination:
/// <c>C = A·B</c>, <c>C = Aᵀ·B</c> and <c>C = A·Bᵀ</c>. Arguments are already validated.
/// </summary>
internal static class Gemm
{
    /// <summary><c>C (m × n) = A (m × k) · B (k × n)</c>.</summary>
    public static void Multiply<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        c[..(m * n)].Clear();
        for (int i = 0; i < m; i++)
        {
            Span<T> cRow = c.Slice(i * n, n);
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

    /// <summary><c>C (k × n) = Aᵀ · B</c> with <c>A (m × k)</c> and <c>B (m × n)</c>: the weight gradient xᵀ·dy.</summary>
    public static void MultiplyTransposedLeft<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
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

    /// <summary><c>C (m × k) = A · Bᵀ</c> with <c>A (m × n)</c> and <c>B (k × n)</c>: the input gradient dy·Wᵀ.</summary>
    public static void MultiplyTransposedRight<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int n, int k, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
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
