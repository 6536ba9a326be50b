// Re-creates: multi-head attention weights in C# transformer code (e.g. a TorchSharp-free Bert port), softmax over the last axis
// Layout: double[,,] [batch, heads, length], softmax along length
// Expected: Correct
using System;

namespace HeldOut2.ThreeDLastAxisSoftmax;

public static class MultiHead
{
    public static void SoftmaxInPlace(double[,,] w)
    {
        for (int b = 0; b < w.GetLength(0); b++)
        {
            for (int h = 0; h < w.GetLength(1); h++)
            {
                double max = double.NegativeInfinity;
                for (int t = 0; t < w.GetLength(2); t++)
                {
                    if (w[b, h, t] > max) max = w[b, h, t];
                }

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
