// HeldOut59 — ArrayPoolBatch_RowSums. Idiom: an allocation-free inference loop — the exps of the whole batch go into a
// buffer rented from `ArrayPool<float>.Shared` (returned in `finally`); the int8 input rows are padded to a 4-byte
// aligned stride (as CMSIS-style kernels lay them out); each row keeps its own max and sum.
// Use: batched int8 classifier on an embedded-style hot path.
// Layout: flat sbyte[] with row stride `rowStride >= classes`; float[] out [batch * classes] (dense).
// Correct.
using System;
using System.Buffers;

namespace HeldOut59.ArrayPoolBatch_RowSums;

public static class PooledSoftmax
{
    public static void Run(sbyte[] input, int batch, int classes, int rowStride, float scale, int zeroPoint, float[] probs)
    {
        float[] buffer = ArrayPool<float>.Shared.Rent(batch * classes);
        try
        {
            Span<float> exps = buffer.AsSpan(0, batch * classes);
            for (int b = 0; b < batch; b++)
            {
                int src = b * rowStride;
                int dst = b * classes;
                float max = float.NegativeInfinity;
                for (int k = 0; k < classes; k++)
                {
                    max = MathF.Max(max, (input[src + k] - zeroPoint) * scale);
                }

                float sum = 0f;
                for (int k = 0; k < classes; k++)
                {
                    float e = MathF.Exp((input[src + k] - zeroPoint) * scale - max);
                    exps[dst + k] = e;
                    sum += e;
                }

                for (int k = 0; k < classes; k++)
                {
                    probs[dst + k] = exps[dst + k] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }
}
