// known gap: a per-sample max with one total over the whole mini-batch is reported as LG0004 at the max (max and sum over different axes) instead of LG0002 at the sum.
// gap: -LG0002@33 +LG0004@25
// Idiom: gradient accumulation over mini-batches, per-sample maxima kept in an array
// Layout: List<double[]> of mini-batches, each flat column-major logits[c * N + n]
// Bug (LG0002): one normaliser summed over every sample of the mini-batch
using System;
using System.Collections.Generic;

namespace HeldOut41.GradAccumulation_MiniBatchTotal;

public static class AccumulatingTrainer
{
    public static List<double[]> Run(List<double[]> miniBatches, List<int[]> labels, int classes, double[] biasGrad)
    {
        var outputs = new List<double[]>();
        for (int b = 0; b < miniBatches.Count; b++)
        {
            double[] z = miniBatches[b];
            int N = labels[b].Length;
            var maxes = new double[N];
            for (int n = 0; n < N; n++)
            {
                maxes[n] = double.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                    maxes[n] = Math.Max(maxes[n], z[c * N + n]);
            }
            var e = new double[z.Length];
            double total = 0;
            for (int n = 0; n < N; n++)
                for (int c = 0; c < classes; c++)
                {
                    e[c * N + n] = Math.Exp(z[c * N + n] - maxes[n]);
                    total += e[c * N + n]; //~ LG0002
                }
            for (int n = 0; n < N; n++)
                for (int c = 0; c < classes; c++)
                {
                    e[c * N + n] /= total;
                    biasGrad[c] += e[c * N + n] - (labels[b][n] == c ? 1.0 : 0.0);
                }
            outputs.Add(e);
        }
        return outputs;
    }
}
