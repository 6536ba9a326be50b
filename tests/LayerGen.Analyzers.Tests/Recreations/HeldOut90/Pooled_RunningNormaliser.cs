// Idiom: ArrayPool<float>.Shared rental of an exp buffer for the whole batch, returned in finally (clearArray: true).
// Use: span-based batch softmax in a pooled hot path.
// Layout: ReadOnlySpan<float> / Span<float>, row-major, classes per row.
// Bug (LG0002): the normaliser is declared once before the row loop and keeps growing over every row.
// Our own code.
using System;
using System.Buffers;

namespace HeldOut90.Pooled_RunningNormaliser;

public static class PooledBatch
{
    public static void Run(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(y.Length, x.Length);
        float[] rented = ArrayPool<float>.Shared.Rent(x.Length);
        try
        {
            float normaliser = 0f;
            for (int offset = 0; offset + classes <= x.Length; offset += classes)
            {
                float top = x[offset];
                for (int j = 1; j < classes; j++)
                {
                    top = MathF.Max(top, x[offset + j]);
                }

                for (int j = 0; j < classes; j++)
                {
                    float e = MathF.Exp(x[offset + j] - top);
                    rented[offset + j] = e;
                    normaliser += e; //~ LG0002
                }

                for (int j = 0; j < classes; j++)
                {
                    y[offset + j] = rented[offset + j] / normaliser;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented, clearArray: true);
        }
    }
}
