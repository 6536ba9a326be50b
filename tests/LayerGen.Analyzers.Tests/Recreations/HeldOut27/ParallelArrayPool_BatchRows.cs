// Idiom: Parallel.For over rows with an ArrayPool<float>.Shared rental per row (try/finally Return).
// Use: batched classifier inference on a server, one softmax per request.
// Layout: flat row-major float[batch * classes], rented scratch possibly longer than a row.
// Label: Correct.
using System;
using System.Buffers;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut27;

public static class ParallelPooledRows
{
    /// <summary>Softmax of every request's logits in parallel, using a pooled scratch row.</summary>
    public static void Infer(float[] logits, float[] probabilities, int batch, int classes)
    {
        Parallel.For(0, batch, b =>
        {
            float[] scratch = ArrayPool<float>.Shared.Rent(classes);
            try
            {
                int offset = b * classes;
                float max = float.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                {
                    max = MathF.Max(max, logits[offset + c]);
                }

                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    scratch[c] = MathF.Exp(logits[offset + c] - max);
                    sum += scratch[c];
                }

                for (int c = 0; c < classes; c++)
                {
                    probabilities[offset + c] = scratch[c] / sum;
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
        });
    }
}
