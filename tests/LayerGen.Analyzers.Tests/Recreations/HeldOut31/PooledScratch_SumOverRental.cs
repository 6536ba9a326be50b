// known gap: missed: the sum walks the whole scratch array (foreach, for to scratch.Length, TensorPrimitives.Sum) whose length exceeds the n exponentials written to it; also missed for new float[n + 5] instead of the ArrayPool rental.
// gap: -LG0002@36
// Idiom: ArrayPool rental for the per-row exponentials (allocation-free inference loop); the sum walks the rented
// array with foreach, i.e. its full length, which the pool rounds up (stale values from earlier renters included).
// Layout: flat float[rows * n]; scratch = ArrayPool<float>.Shared.Rent(n), exps written to scratch[0 .. n).
// Bug LG0002: the sum spans the rented buffer's length, more than the row.
using System;
using System.Buffers;

namespace HeldOut31.PooledScratch;

/// <summary>Batched softmax that sums its whole rental.</summary>
public static class RentalSumSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        float[] scratch = ArrayPool<float>.Shared.Rent(n);
        for (int r = 0; r < rows; r++)
        {
            int b = r * n;
            float max = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                max = MathF.Max(max, x[b + j]);
            }

            for (int j = 0; j < n; j++)
            {
                scratch[j] = MathF.Exp(x[b + j] - max);
            }

            float sum = 0f;
            foreach (float e in scratch)
            {
                sum += e; //~ LG0002
            }

            for (int j = 0; j < n; j++)
            {
                y[b + j] = scratch[j] / sum;
            }
        }

        ArrayPool<float>.Shared.Return(scratch);
    }
}
