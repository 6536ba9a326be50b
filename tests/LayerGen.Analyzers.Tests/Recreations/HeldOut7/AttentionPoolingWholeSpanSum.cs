// Source: attention pooling in C# text classifiers (scores per time step, softmax per sequence); the denominator
// is taken with a foreach over the span of the whole batch buffer after the per-sequence exps.
// Layout: scores float[] flat [batch, steps]; softmax over steps of each sequence.
// Bug LG0002: the sum runs over every sequence in the buffer, not over one sequence.
using System;

namespace HeldOut7.AttentionPoolingWholeSpanSum
{
    public static class PoolingWeights
    {
        public static void Compute(float[] scores, int steps)
        {
            int batch = scores.Length / steps;
            for (int b = 0; b < batch; b++)
            {
                Span<float> row = scores.AsSpan(b * steps, steps);
                float top = float.NegativeInfinity;
                foreach (float s in row)
                {
                    if (s > top) top = s;
                }

                for (int t = 0; t < row.Length; t++)
                {
                    row[t] = MathF.Exp(row[t] - top);
                }
            }

            float denom = 0f;
            foreach (float e in scores.AsSpan())
            {
                denom += e; //~ LG0002
            }

            for (int i = 0; i < scores.Length; i++)
            {
                scores[i] /= denom;
            }
        }
    }
}
