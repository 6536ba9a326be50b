// Idiom: `ArrayPool<float>.Shared` scratch for the exponentials of a whole flat batch; rows are addressed by
// `offset = r * classes`. The row maximum is per row, but the normaliser `sum` is declared once before the row loop
// and never reset, so each row is divided by the running total of all rows so far.
// Layout: flat `float[]` of `rows * classes`, explicit offsets. Bug: LG0002 (sum carried across rows).
using System;
using System.Buffers;

namespace HeldOut55.PooledScratch_SumNotReset;

public static class FlatSoftmax
{
    /// <summary>Row-wise softmax of a flat row-major batch.</summary>
    public static float[] SoftmaxRows(float[] logits, int rows, int classes)
    {
        var probs = new float[rows * classes];
        float[] exps = ArrayPool<float>.Shared.Rent(rows * classes);
        float sum = 0f;
        try
        {
            for (int r = 0; r < rows; r++)
            {
                int offset = r * classes;
                float max = logits[offset];
                for (int c = 1; c < classes; c++)
                {
                    max = MathF.Max(max, logits[offset + c]);
                }

                for (int c = 0; c < classes; c++)
                {
                    exps[offset + c] = MathF.Exp(logits[offset + c] - max);
                    sum += exps[offset + c]; //~ LG0002
                }

                for (int c = 0; c < classes; c++)
                {
                    probs[offset + c] = exps[offset + c] / sum;
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(exps);
        }

        return probs;
    }
}
