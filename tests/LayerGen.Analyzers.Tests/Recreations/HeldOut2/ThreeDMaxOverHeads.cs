// Re-creates: multi-head attention weights in C# transformer code, with one max per batch item across all heads
// Layout: double[,,] [batch, heads, length], softmax along length
// Expected: LG0001 — the max spans heads and length, not one (batch, head) slice
using System;

namespace HeldOut2.ThreeDMaxOverHeads;

public static class MultiHead
{
    public static void SoftmaxInPlace(double[,,] w)
    {
        for (int b = 0; b < w.GetLength(0); b++)
        {
            double max = double.NegativeInfinity;
            for (int h = 0; h < w.GetLength(1); h++)
            {
                for (int t = 0; t < w.GetLength(2); t++)
                {
                    max = Math.Max(max, w[b, h, t]); //~ LG0001
                }
            }

            for (int h = 0; h < w.GetLength(1); h++)
            {
                double sum = 0;
                for (int t = 0; t < w.GetLength(2); t++)
                {
                    w[b, h, t] = Math.Exp(w[b, h, t] - max);
                    sum += w[b, h, t];
                }

                for (int t = 0; t < w.GetLength(2); t++)
                {
                    w[b, h, t] /= sum;
                }
            }
        }
    }
}
