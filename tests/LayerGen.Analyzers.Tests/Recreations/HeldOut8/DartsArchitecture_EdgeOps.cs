// Source: DARTS mixed-operation weights (Liu et al. 2019, quark0/darts `F.softmax(alpha, dim=-1)` per edge, and the
// genotype derivation), re-created with the architecture parameters kept by edge name.
// Layout: Dictionary<string, double[]> alpha (edge -> one logit per candidate op), KeyValuePair foreach.
// Correct: one max and one sum per edge.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut8;

public static class DartsArchitecture_EdgeOps
{
    public static Dictionary<string, double[]> MixingWeights(Dictionary<string, double[]> alpha)
    {
        var weights = new Dictionary<string, double[]>(alpha.Count);
        foreach (KeyValuePair<string, double[]> edge in alpha)
        {
            double[] a = edge.Value;
            double m = a[0];
            for (int o = 1; o < a.Length; o++)
                if (a[o] > m) m = a[o];

            var w = new double[a.Length];
            double z = 0;
            for (int o = 0; o < a.Length; o++) z += w[o] = Math.Exp(a[o] - m);
            for (int o = 0; o < a.Length; o++) w[o] /= z;
            weights[edge.Key] = w;
        }
        return weights;
    }
}
