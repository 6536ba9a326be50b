// Idiom: softmax over each query's candidates in a flat score buffer (LTR batch as fed to a ranker: scores + query boundaries)
// Layout: flat ReadOnlySpan<float> scores, int[] queryOffsets of length queries + 1 (ragged groups), Span<float> output
// Correct
using System;

namespace HeldOut36.QueryOffsets_PerQuerySpans;

public static class GroupedSoftmax
{
    public static void SoftmaxPerQuery(ReadOnlySpan<float> scores, ReadOnlySpan<int> queryOffsets, Span<float> probabilities)
    {
        for (int q = 0; q + 1 < queryOffsets.Length; q++)
        {
            int start = queryOffsets[q];
            int end = queryOffsets[q + 1];
            if (end <= start)
            {
                continue;
            }

            float max = float.NegativeInfinity;
            for (int i = start; i < end; i++)
            {
                if (scores[i] > max)
                {
                    max = scores[i];
                }
            }

            float sum = 0f;
            for (int i = start; i < end; i++)
            {
                float e = MathF.Exp(scores[i] - max);
                probabilities[i] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int i = start; i < end; i++)
            {
                probabilities[i] *= inv;
            }
        }
    }
}
