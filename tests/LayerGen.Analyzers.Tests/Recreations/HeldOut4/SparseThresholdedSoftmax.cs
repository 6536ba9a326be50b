// Source: "sparse softmax" variants in C# (sparsemax-inspired pruning in recommender/attention demos): a stable
// softmax, then probabilities below a threshold are zeroed and the survivors renormalised with their own sum.
// Layout: 1-D double[] logits; stable softmax into p; survivor mass from a second loop.
// Correct.
using System;

namespace LayerGen.HeldOut4.SparseThresholdedSoftmax;

public static class SparseSoftmax
{
    public static double[] Forward(double[] logits, double threshold)
    {
        double max = double.NegativeInfinity;
        foreach (double v in logits)
            max = Math.Max(max, v);

        var p = new double[logits.Length];
        double sum = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            sum += p[i];
        }

        double kept = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
            if (p[i] < threshold)
                p[i] = 0.0;
            kept += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= kept;
        return p;
    }
}
