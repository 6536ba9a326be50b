// Idiom: dense passage retrieval: each question's retrieved passages scored by dot product and softmaxed (reader weighting)
// Layout: question vectors float[][]; per question a ragged float[][] of passage vectors; ArrayPool scratch per question
// Correct
using System;
using System.Buffers;
using System.Collections.Generic;

namespace HeldOut36.DenseRetrieval_PooledPassageScores;

public static class PassageWeights
{
    public static float[][] Compute(float[][] questions, IReadOnlyList<float[][]> passagesPerQuestion, float temperature)
    {
        var weights = new float[questions.Length][];
        for (int q = 0; q < questions.Length; q++)
        {
            float[][] passages = passagesPerQuestion[q];
            int n = passages.Length;
            float[] scratch = ArrayPool<float>.Shared.Rent(n);
            try
            {
                Span<float> scores = scratch.AsSpan(0, n);
                float best = float.NegativeInfinity;
                for (int p = 0; p < n; p++)
                {
                    scores[p] = Dot(questions[q], passages[p]) / temperature;
                    if (scores[p] > best)
                    {
                        best = scores[p];
                    }
                }

                float sum = 0f;
                for (int p = 0; p < n; p++)
                {
                    scores[p] = MathF.Exp(scores[p] - best);
                    sum += scores[p];
                }

                var w = new float[n];
                for (int p = 0; p < n; p++)
                {
                    w[p] = scores[p] / sum;
                }

                weights[q] = w;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
        }

        return weights;
    }

    private static float Dot(float[] a, float[] b)
    {
        float s = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
