// Idiom: masked softmax over a padded batch of sequences, padding positions get probability 0
// Layout: double[,] logits [batch, maxLen], bool[,] mask (true = real token)
// Correct
using System;

namespace HeldOut37.PaddedBatch_MaskedRows;

public static class MaskedSoftmax
{
    public static double[,] Forward(double[,] logits, bool[,] mask)
    {
        int batch = logits.GetLength(0), maxLen = logits.GetLength(1);
        var p = new double[batch, maxLen];
        for (int b = 0; b < batch; b++)
        {
            double max = double.NegativeInfinity;
            for (int t = 0; t < maxLen; t++)
            {
                if (mask[b, t] && logits[b, t] > max) max = logits[b, t];
            }

            double sum = 0.0;
            for (int t = 0; t < maxLen; t++)
            {
                if (!mask[b, t])
                {
                    continue; // padding stays 0
                }

                p[b, t] = Math.Exp(logits[b, t] - max);
                sum += p[b, t];
            }

            for (int t = 0; t < maxLen; t++)
            {
                p[b, t] /= sum;
            }
        }

        return p;
    }
}
