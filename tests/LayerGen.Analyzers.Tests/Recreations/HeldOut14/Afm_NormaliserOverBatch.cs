// Source: attentional factorization machine (Xiao et al. 2017; hexiangnan/attentional_factorization_machine), a
// port that collects the exponentials of the whole mini-batch first.
// Layout: List<Dictionary<(int I, int J), double>> of per-sample pair logits; each sample shifted by its own peak;
// the normaliser is declared above the sample loop and the division is a second pass over the list.
// Bug LG0002: the normaliser sums the pair weights of every sample in the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class Afm_NormaliserOverBatch
{
    public static List<Dictionary<(int I, int J), double>> Weights(List<Dictionary<(int I, int J), double>> pairLogits)
    {
        var result = new List<Dictionary<(int I, int J), double>>(pairLogits.Count);
        double z = 0;
        foreach (Dictionary<(int I, int J), double> sample in pairLogits)
        {
            double peak = sample.Values.Max();
            var w = new Dictionary<(int I, int J), double>(sample.Count);
            foreach (var (pair, logit) in sample)
            {
                w[pair] = Math.Exp(logit - peak);
                z += w[pair]; //~ LG0002
            }
            result.Add(w);
        }

        foreach (Dictionary<(int I, int J), double> w in result)
            foreach (var pair in w.Keys.ToList())
                w[pair] /= z;
        return result;
    }
}
