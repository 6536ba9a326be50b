// Idiom: ArrayPool rental for the per-row exponentials (allocation-free inference loop); the rented array is longer
// than requested, so only its first n elements are used.
// Layout: flat double[rows * n]; scratch = ArrayPool<double>.Shared.Rent(n), window scratch.AsSpan(0, n).
// Correct: max, sum and scale use exactly the row's n elements.
using System;
using System.Buffers;

namespace HeldOut31.PooledScratch;

/// <summary>Batched softmax with a pooled scratch row.</summary>
public static class RentedRowSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(double[] x, double[] y, int rows, int n)
    {
        double[] rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> exps = rented.AsSpan(0, n);
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<double> row = x.AsSpan(r * n, n);
                double max = double.NegativeInfinity;
                foreach (double v in row)
                {
                    max = Math.Max(max, v);
                }

                double sum = 0;
                for (int j = 0; j < exps.Length; j++)
                {
                    exps[j] = Math.Exp(row[j] - max);
                    sum += exps[j];
                }

                Span<double> outRow = y.AsSpan(r * n, n);
                for (int j = 0; j < exps.Length; j++)
                {
                    outRow[j] = exps[j] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }
}
