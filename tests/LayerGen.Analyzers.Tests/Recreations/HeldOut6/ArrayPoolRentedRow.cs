// Source: ArrayPool-based hot paths in C# inference code (SmallMind BatchedInferenceEngine / TensorBufferPool: rent a
// buffer "of at least n", use the first n slots, return it), re-created for a per-row softmax.
// Layout: double[][] rows; the rented scratch may be longer than the row, only [0, row.Length) is used.
// Correct: every loop is bounded by the row length, never by the rented array's Length.
using System;
using System.Buffers;

namespace HeldOut6.ArrayPoolRentedRow;

public static class PooledSoftmax
{
    public static double[][] Rows(double[][] logits)
    {
        var result = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            double[] row = logits[r];
            int n = row.Length;
            double[] rented = ArrayPool<double>.Shared.Rent(n);
            try
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < n; i++) m = Math.Max(m, row[i]);
                double s = 0;
                for (int i = 0; i < n; i++)
                {
                    rented[i] = Math.Exp(row[i] - m);
                    s += rented[i];
                }

                var p = new double[n];
                for (int i = 0; i < n; i++) p[i] = rented[i] / s;
                result[r] = p;
            }
            finally
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        return result;
    }
}
