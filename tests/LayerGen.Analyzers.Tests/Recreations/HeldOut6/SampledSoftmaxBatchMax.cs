// Source: sampled softmax over a positive and K shared negatives (recommender two-stage trainers in C#), re-created
// with one shift for the whole mini-batch ("for numerical stability").
// Layout: logits[B][1 + K] jagged, column 0 the positive.
// Bug LG0001: the subtracted max is taken over every example's candidates, not per example.
using System;
using System.Linq;

namespace HeldOut6.SampledSoftmaxBatchMax;

public static class BatchShiftedSampledSoftmax
{
    public static float[][] Probabilities(float[][] candidateLogits)
    {
        float shift = candidateLogits.Max(row => row.Max()); //~ LG0001
        var result = new float[candidateLogits.Length][];
        for (int b = 0; b < candidateLogits.Length; b++)
        {
            float[] row = candidateLogits[b];
            var p = new float[row.Length];
            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = MathF.Exp(row[j] - shift);
                sum += p[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                p[j] /= sum;
            }

            result[b] = p;
        }

        return result;
    }
}
