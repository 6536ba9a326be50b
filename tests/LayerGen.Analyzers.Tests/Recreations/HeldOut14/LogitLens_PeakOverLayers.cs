// Source: the logit lens (nostalgebraist 2020; TransformerLens), a version that takes one stabiliser for the whole
// stack "so the layers are comparable".
// Layout: List<float[]> of per-layer vocabulary logits; the peak is a foreach over the layers of each layer's
// LINQ Max(), then every layer is normalised on its own.
// Bug LG0001: the maximum spans every layer, not one layer's vocabulary.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class LogitLens_PeakOverLayers
{
    public static List<double[]> Distributions(List<float[]> layerLogits)
    {
        float peak = float.MinValue;
        foreach (float[] layer in layerLogits)
            peak = Math.Max(peak, layer.Max()); //~ LG0001

        var result = new List<double[]>(layerLogits.Count);
        foreach (float[] layer in layerLogits)
        {
            var p = new double[layer.Length];
            double z = 0;
            for (int v = 0; v < layer.Length; v++)
            {
                p[v] = Math.Exp(layer[v] - peak);
                z += p[v];
            }
            for (int v = 0; v < p.Length; v++)
                p[v] /= z;
            result.Add(p);
        }
        return result;
    }
}
