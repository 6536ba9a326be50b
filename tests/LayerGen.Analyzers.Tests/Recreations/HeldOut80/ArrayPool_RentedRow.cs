// Idiom: ArrayPool<float>.Shared.Rent(classes) scratch (possibly longer than asked), used only through AsSpan(0, classes).
// Use: softmax over each row of a flat batch without allocating per call; the rental is returned in finally.
// Layout: flat row-major float[batch * classes] in, float[] of the same shape out.
// Label: Correct (every fold is bounded by classes, never by the rented array's Length).
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut80.ArrayPool_RentedRow;

public static class PooledSoftmax
{
    public static float[] Softmax(float[] x, int classes)
    {
        var y = new float[x.Length];
        float[] rented = ArrayPool<float>.Shared.Rent(classes);
        try
        {
            Span<float> row = rented.AsSpan(0, classes);
            for (int r = 0; r < x.Length / classes; r++)
            {
                x.AsSpan(r * classes, classes).CopyTo(row);
                float top = float.NegativeInfinity;
                foreach (float v in row)
                {
                    top = MathF.Max(top, v);
                }

                float sum = 0f;
                for (int j = 0; j < row.Length; j++)
                {
                    row[j] = MathF.Exp(row[j] - top);
                    sum += row[j];
                }

                for (int j = 0; j < classes; j++)
                {
                    y[r * classes + j] = row[j] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }

        return y;
    }
}
