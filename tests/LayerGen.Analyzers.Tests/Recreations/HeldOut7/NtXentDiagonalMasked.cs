// known gap: LG0005 on log(p + 1e-12) of the positive pair's probability (a true LG0005 pattern: loss 20.7 vs 83.3 on the ramp); not an LG0001-LG0004 report
// gap: +LG0005@46
// Source: NT-Xent / SimCLR contrastive loss written by hand (the 2N x 2N cosine-similarity matrix with the
// diagonal excluded; shape of C# ports of SimCLR's loss in hobby contrastive-learning repos).
// Layout: similarity float[2N, 2N]; softmax over j != i of row i at temperature tau; the diagonal gets 0.
// Correct.
using System;

namespace HeldOut7.NtXentDiagonalMasked
{
    public static class NtXent
    {
        public static float Loss(float[,] similarity, float tau, float[,] probs)
        {
            int n2 = similarity.GetLength(0);
            int half = n2 / 2;
            float loss = 0f;
            for (int i = 0; i < n2; i++)
            {
                float best = float.NegativeInfinity;
                for (int j = 0; j < n2; j++)
                {
                    if (j == i) continue;
                    best = MathF.Max(best, similarity[i, j] / tau);
                }

                float denom = 0f;
                for (int j = 0; j < n2; j++)
                {
                    if (j == i)
                    {
                        probs[i, j] = 0f;
                        continue;
                    }

                    probs[i, j] = MathF.Exp(similarity[i, j] / tau - best);
                    denom += probs[i, j];
                }

                for (int j = 0; j < n2; j++)
                {
                    probs[i, j] /= denom;
                }

                int positive = (i + half) % n2;
                loss -= MathF.Log(probs[i, positive] + 1e-12f);
            }

            return loss / n2;
        }
    }
}
