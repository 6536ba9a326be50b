// Source: Transformer-from-scratch in C# with double[batch, heads, T, T] scores; the shift is computed per
// (batch, query, key) across heads, as a head-averaging visualisation helper computes it, and reused for the
// softmax.
// Layout: float[B, H, T, T]; softmax over the last axis (keys) of each (b, h, query).
// Bug LG0004: the maximum runs over heads (per key), the sum over keys (per head).
using System;

namespace HeldOut7.FourDimAttentionMaxOverHeads
{
    public static class HeadShiftedAttention
    {
        public static float[,,,] Weights(float[,,,] scores)
        {
            int nb = scores.GetLength(0);
            int nh = scores.GetLength(1);
            int nq = scores.GetLength(2);
            int nk = scores.GetLength(3);
            var shift = new float[nb, nq, nk];
            for (int b = 0; b < nb; b++)
            {
                for (int q = 0; q < nq; q++)
                {
                    for (int k = 0; k < nk; k++)
                    {
                        float m = float.NegativeInfinity;
                        for (int h = 0; h < nh; h++)
                        {
                            m = MathF.Max(m, scores[b, h, q, k]); //~ LG0004
                        }

                        shift[b, q, k] = m;
                    }
                }
            }

            var w = new float[nb, nh, nq, nk];
            for (int b = 0; b < nb; b++)
            {
                for (int h = 0; h < nh; h++)
                {
                    for (int q = 0; q < nq; q++)
                    {
                        float sum = 0f;
                        for (int k = 0; k < nk; k++)
                        {
                            w[b, h, q, k] = MathF.Exp(scores[b, h, q, k] - shift[b, q, k]);
                            sum += w[b, h, q, k];
                        }

                        for (int k = 0; k < nk; k++)
                        {
                            w[b, h, q, k] /= sum;
                        }
                    }
                }
            }

            return w;
        }
    }
}
