// Source: attention pooling over a sequence (Bahdanau-style pooling heads in C# text classifiers: scores per
// time step, softmax, weighted sum of the hidden states), each sequence's scores taken as a Span slice.
// Layout: scores float[] flat [batch, steps]; softmax over steps of each sequence; weights written in place.
// Correct.
using System;

namespace HeldOut7.AttentionPoolingSpan
{
    public static class AttentionPooling
    {
        public static void Weights(float[] scores, int steps)
        {
            int batch = scores.Length / steps;
            for (int b = 0; b < batch; b++)
            {
                Span<float> row = scores.AsSpan(b * steps, steps);
                float top = row[0];
                for (int t = 1; t < row.Length; t++)
                {
                    top = MathF.Max(top, row[t]);
                }

                float sum = 0f;
                for (int t = 0; t < row.Length; t++)
                {
                    row[t] = MathF.Exp(row[t] - top);
                    sum += row[t];
                }

                for (int t = 0; t < row.Length; t++)
                {
                    row[t] /= sum;
                }
            }
        }

        public static float[] Pool(float[] weights, float[][] hidden, int sequence, int steps)
        {
            var pooled = new float[hidden[0].Length];
            for (int t = 0; t < steps; t++)
            {
                float w = weights[sequence * steps + t];
                for (int d = 0; d < pooled.Length; d++)
                {
                    pooled[d] += w * hidden[sequence * steps + t][d];
                }
            }

            return pooled;
        }
    }
}
