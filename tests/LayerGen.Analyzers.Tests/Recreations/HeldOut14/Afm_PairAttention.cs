// Source: attentional factorization machine (Xiao et al. 2017, "Attentional Factorization Machines"; hexiangnan/
// attentional_factorization_machine): per sample, a softmax over the pairwise feature interactions (i < j) of
// h^T ReLU(W (v_i * v_j) x_i x_j + b).
// Layout: List<Dictionary<(int I, int J), double>> of per-sample pair logits; deconstructed foreach over each
// dictionary; the weights go into a new dictionary per sample.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class Afm_PairAttention
{
    public static List<Dictionary<(int I, int J), double>> Weights(List<Dictionary<(int I, int J), double>> pairLogits)
    {
        var result = new List<Dictionary<(int I, int J), double>>(pairLogits.Count);
        foreach (Dictionary<(int I, int J), double> sample in pairLogits)
        {
            double peak = sample.Values.Max();
            var w = new Dictionary<(int I, int J), double>(sample.Count);
            double z = 0;
            foreach (var (pair, logit) in sample)
            {
                double e = Math.Exp(logit - peak);
                w[pair] = e;
                z += e;
            }
            foreach (var pair in sample.Keys)
                w[pair] /= z;
            result.Add(w);
        }
        return result;
    }
}
