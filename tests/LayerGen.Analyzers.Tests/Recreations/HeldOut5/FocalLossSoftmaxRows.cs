// known gap: LG0005 on log(max(p_t, 1e-12)) of a softmax probability (LG0005's own shape, kept: see README "after"; not an LG0001-LG0004 label)
// gap: +LG0005@31
// Source: focal loss (Lin et al., RetinaNet) with a softmax head in C# training code: p = softmax(z),
// loss = −α (1 − p_t)^γ log p_t. Layout: List<double[]> of sample rows; softmax per row.
// Correct: per-row max and sum; the probabilities are written into a parallel list and the loss returned.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut5.FocalLossSoftmaxRowsNs;

public static class FocalLossSoftmaxRows
{
    public static double Loss(List<double[]> logits, int[] targets, double alpha, double gamma, List<double[]> probs)
    {
        double loss = 0.0;
        for (int n = 0; n < logits.Count; n++)
        {
            double[] z = logits[n];
            double max = double.MinValue;
            for (int c = 0; c < z.Length; c++) max = z[c] > max ? z[c] : max;
            var p = new double[z.Length];
            double s = 0.0;
            for (int c = 0; c < z.Length; c++)
            {
                p[c] = Math.Exp(z[c] - max);
                s += p[c];
            }
            for (int c = 0; c < z.Length; c++) p[c] /= s;
            probs.Add(p);
            double pt = Math.Max(p[targets[n]], 1e-12);
            loss -= alpha * Math.Pow(1 - pt, gamma) * Math.Log(pt);
        }
        return loss / logits.Count;
    }
}
