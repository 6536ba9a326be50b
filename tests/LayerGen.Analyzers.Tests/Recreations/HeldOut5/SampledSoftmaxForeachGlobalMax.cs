// Source: word2vec / recommender sampled-softmax training in C# (each example scores its positive item plus k sampled
// negatives). Layout: flat double[batch, 1 + negatives]; softmax over each example's candidates.
// Bug (LG0001): the max is a foreach over the whole flat batch of candidate logits.
using System;

namespace LayerGen.Recreations.HeldOut5.SampledSoftmaxForeachGlobalMaxNs;

public static class SampledSoftmaxForeachGlobalMax
{
    public static double[] CandidateProbabilities(double[] logits, int batch, int candidates)
    {
        double max = double.MinValue;
        foreach (double v in logits)
        {
            max = Math.Max(max, v); //~ LG0001
        }
        var p = new double[logits.Length];
        for (int b = 0; b < batch; b++)
        {
            double z = 0.0;
            for (int j = 0; j < candidates; j++)
            {
                p[b * candidates + j] = Math.Exp(logits[b * candidates + j] - max);
                z += p[b * candidates + j];
            }
            for (int j = 0; j < candidates; j++) p[b * candidates + j] /= z;
        }
        return p;
    }
}
