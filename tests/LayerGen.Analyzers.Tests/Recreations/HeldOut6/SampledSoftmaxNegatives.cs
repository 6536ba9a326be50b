// Source: sampled softmax with negative samples (word2vec/recommender trainers in C#: one positive logit plus K
// sampled negatives per example, softmax over the 1 + K candidates), re-created with a positive array and a
// negatives matrix.
// Layout: positive[B], negatives[B, K]; example b's candidates are [positive[b], negatives[b, 0..K)].
// Correct: the candidate max and sum are per example.
using System;

namespace HeldOut6.SampledSoftmaxNegatives;

public static class SampledSoftmax
{
    public static float[,] CandidateProbabilities(float[] positive, float[,] negatives)
    {
        int batch = positive.Length;
        int k = negatives.GetLength(1);
        var probs = new float[batch, k + 1];
        for (int b = 0; b < batch; b++)
        {
            float m = positive[b];
            for (int j = 0; j < k; j++)
            {
                if (negatives[b, j] > m) m = negatives[b, j];
            }

            float ePos = MathF.Exp(positive[b] - m);
            float sum = ePos;
            probs[b, 0] = ePos;
            for (int j = 0; j < k; j++)
            {
                float e = MathF.Exp(negatives[b, j] - m);
                probs[b, j + 1] = e;
                sum += e;
            }

            for (int j = 0; j <= k; j++)
            {
                probs[b, j] /= sum;
            }
        }

        return probs;
    }
}
