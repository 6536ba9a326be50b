// Source: the logit lens (nostalgebraist 2020; TransformerLens `accumulated_resid` + `unembed`): every layer's
// residual stream is unembedded and read as a next-token distribution.
// Layout: List<float[]> of per-layer vocabulary logits; LINQ per layer (`Max`, `Select`, `Sum`), doubles out.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut14;

public static class LogitLens_LayerDistributions
{
    public static List<double[]> Distributions(List<float[]> layerLogits) =>
        layerLogits
            .Select(layer =>
            {
                float peak = layer.Max();
                double[] e = layer.Select(v => Math.Exp(v - peak)).ToArray();
                double z = e.Sum();
                return e.Select(v => v / z).ToArray();
            })
            .ToList();
}
