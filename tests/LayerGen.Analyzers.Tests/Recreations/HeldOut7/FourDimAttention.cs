// Source: Transformer-from-scratch in C# with rectangular multi-dimensional arrays (attention scores as
// double[batch, heads, T, T]; padding keys masked with a large negative number before the softmax).
// Layout: double[B, H, T, T]; softmax over the last axis (keys) of each (b, h, query); masked keys give ~0.
// Correct.
using System;

namespace HeldOut7.FourDimAttention
{
    public static class MultiHeadAttention
    {
        public static double[,,,] Weights(double[,,,] scores, bool[,] keyPadding)
        {
            int b0 = scores.GetLength(0);
            int h0 = scores.GetLength(1);
            int q0 = scores.GetLength(2);
            int k0 = scores.GetLength(3);
            var w = new double[b0, h0, q0, k0];
            for (int b = 0; b < b0; b++)
            {
                for (int h = 0; h < h0; h++)
                {
                    for (int q = 0; q < q0; q++)
                    {
                        double max = double.NegativeInfinity;
                        for (int k = 0; k < k0; k++)
                        {
                            double s = keyPadding[b, k] ? -1e9 : scores[b, h, q, k];
                            w[b, h, q, k] = s;
                            if (s > max) max = s;
                        }

                        double sum = 0;
                        for (int k = 0; k < k0; k++)
                        {
                            w[b, h, q, k] = Math.Exp(w[b, h, q, k] - max);
                            sum += w[b, h, q, k];
                        }

                        for (int k = 0; k < k0; k++)
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
