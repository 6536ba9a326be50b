// Idiom: `seqLens[]` bound on the time loop of a 2D padded batch.
// Use: attention-pooling weights over variable-length sequences.
// Layout: double[batch, maxLen], valid positions t < seqLens[b]; padded cells stay 0.
// Bug (LG0001): one peak folded over the valid cells of every sequence in the batch, then subtracted in each row.
// Our own code.
using System;

namespace HeldOut84.LengthsArray_BatchPeak;

public static class PoolingWeights
{
    public static double[,] Compute(double[,] logits, int[] seqLens)
    {
        int batch = logits.GetLength(0);
        int maxLen = logits.GetLength(1);
        var weights = new double[batch, maxLen];

        double peak = double.NegativeInfinity;
        for (int b = 0; b < batch; b++)
            for (int t = 0; t < seqLens[b]; t++)
                peak = Math.Max(peak, logits[b, t]); //~ LG0001

        for (int b = 0; b < batch; b++)
        {
            double denom = 0.0;
            for (int t = 0; t < seqLens[b]; t++)
            {
                double e = Math.Exp(logits[b, t] - peak);
                weights[b, t] = e;
                denom += e;
            }
            for (int t = 0; t < seqLens[b]; t++) weights[b, t] /= denom;
        }
        return weights;
    }
}
