// Variant (our own code) of the row-major float[,] softmax of kowaliszyn-pl/ml-csharp (ArrayExtensions.Softmax)
// with the loops interchanged for cache reasons as in column-oriented GEMM code: the class loop is outside, the
// sample loop inside, and the per-sample maximum and sum live in arrays indexed by the sample.
// Layout: row-major float[batch, classes] walked class-outer; max[s] and sum[s] arrays. Correct.
using System;

namespace HeldOut.LoopInterchangePerSampleArrays;

public static class InterchangedSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var max = new float[batch];
        Array.Fill(max, float.NegativeInfinity);
        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                max[s] = MathF.Max(max[s], x[s, c]);
            }
        }

        var sum = new float[batch];
        var p = new float[batch, classes];
        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                p[s, c] = MathF.Exp(x[s, c] - max[s]);
                sum[s] += p[s, c];
            }
        }

        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                p[s, c] /= sum[s];
            }
        }

        return p;
    }
}
