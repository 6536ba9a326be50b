// Performance kernels (perfgaps, after HeldOut31): statistics that span more than the row, in kernel spellings.
// Layout: flat float[rows * n], row r = x.AsSpan(r * n, n).
// Bug LG0001 (BatchViewPeak): the max walks all = x.AsSpan(0, rows * n), every row of the batch, once up front.
// Bug LG0002 (CarriedPartials): the row's two partial sums are added into a total never reset between rows.
using System;
using System.Numerics.Tensors;

namespace Recreations.PerfKernels;

/// <summary>Kernels whose statistics leak across rows.</summary>
public static class CarriedViewStats
{
    /// <summary>A max over a whole-buffer span view, subtracted from every row.</summary>
    public static void BatchViewPeak(float[] x, float[] y, int rows, int n)
    {
        ReadOnlySpan<float> all = x.AsSpan(0, rows * n);
        float max = float.NegativeInfinity;
        for (int i = 0; i < all.Length; i++)
        {
            max = MathF.Max(max, all[i]); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * n, n);
            Span<float> outRow = y.AsSpan(r * n, n);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                outRow[j] = MathF.Exp(row[j] - max);
                sum += outRow[j];
            }

            TensorPrimitives.Divide(outRow, sum, outRow);
        }
    }

    /// <summary>Unrolled by 2; the total of the partial sums is carried from row to row.</summary>
    public static void CarriedPartials(float[] x, float[] y, int rows, int n)
    {
        float total = 0f, s0, s1;
        for (int r = 0; r < rows; r++)
        {
            int b = r * n;
            float max = TensorPrimitives.Max(x.AsSpan(b, n));
            s0 = s1 = 0f;
            int k = 0;
            for (; k + 2 <= n; k += 2)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                y[b + k + 1] = MathF.Exp(x[b + k + 1] - max);
                s0 += y[b + k];
                s1 += y[b + k + 1];
            }

            for (; k < n; k++)
            {
                y[b + k] = MathF.Exp(x[b + k] - max);
                s0 += y[b + k];
            }

            total += s0 + s1; //~ LG0002
            for (k = 0; k < n; k++)
            {
                y[b + k] /= total;
            }
        }
    }
}
