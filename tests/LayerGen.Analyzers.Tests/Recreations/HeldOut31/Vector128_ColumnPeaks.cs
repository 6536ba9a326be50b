// known gap: found, but at the scalar tail's fold (colMax[j] = MathF.Max(colMax[j], row[j])), not at the marked Vector128.Max(...).CopyTo(colMax, j) fold; without the tail the vector fold is not read as a max at all (LG0003 on the exp instead).
// gap: -LG0004@26 +LG0004@31
// Idiom: Vector128 (SSE/NEON-width) max pass vectorised *across* rows: Vector128.Max of the running max vector and the
// row's lanes, stored back per lane, which keeps one max per column (mobile / ARM inference engine); then per-row sums.
// Layout: flat float[rows * n]; colMax = float[n] loaded with Vector128.Create(colMax, j); row = x.AsSpan(r * n, n).
// Bug LG0004: the max runs down each column (over the rows), the sum along each row.
using System;
using System.Runtime.Intrinsics;

namespace HeldOut31.Vector128Kernels;

/// <summary>Batched softmax with a lane-wise max across rows.</summary>
public static class ColumnLaneSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        float[] colMax = new float[n];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * n, n);
            int j = 0;
            for (; j + 4 <= n; j += 4)
            {
                Vector128.Max(Vector128.Create(colMax, j), Vector128.Create(row.Slice(j))).CopyTo(colMax, j); //~ LG0004
            }

            for (; j < n; j++)
            {
                colMax[j] = MathF.Max(colMax[j], row[j]);
            }
        }

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * n, n);
            Span<float> outRow = y.AsSpan(r * n, n);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                outRow[j] = MathF.Exp(row[j] - colMax[j]);
                sum += outRow[j];
            }

            for (int j = 0; j < n; j++)
            {
                outRow[j] /= sum;
            }
        }
    }
}
