// Idiom: ArrayPool<double>.Shared rental for the exp scratch, returned in finally.
// Use: inference step that avoids per-call allocations; one rented row of exps reused for every row.
// Layout: double[batch, classes] (2D, row-major).
// Correct.
// Our own code.
using System;
using System.Buffers;

namespace HeldOut90.Pooled_ScratchPerRow;

public static class PooledSoftmax
{
    public static void Forward(double[,] logits, double[,] output)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(output);
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        if (rows == 0 || cols == 0)
        {
            return;
        }

        double[] scratch = ArrayPool<double>.Shared.Rent(cols);
        try
        {
            for (int r = 0; r < rows; r++)
            {
                double m = logits[r, 0];
                for (int c = 1; c < cols; c++)
                {
                    m = Math.Max(m, logits[r, c]);
                }

                double s = 0.0;
                for (int c = 0; c < cols; c++)
                {
                    scratch[c] = Math.Exp(logits[r, c] - m);
                    s += scratch[c];
                }

                for (int c = 0; c < cols; c++)
                {
                    output[r, c] = scratch[c] / s;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }
}
