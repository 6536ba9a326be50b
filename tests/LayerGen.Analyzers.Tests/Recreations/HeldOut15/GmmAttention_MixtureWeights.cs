// HeldOut15 — GmmAttention_MixtureWeights
// Source: GMM (location-relative) attention for sequence generation (Graves 2013; Battenberg et al.
// 2020 "GMMv2b"; Mozilla/Coqui TTS `GravesAttention`): per decoder step K components with mixture
// weights w = softmax(ŵ), steps Δ = softplus(Δ̂), widths σ = softplus(σ̂); μ_t = μ_{t−1} + Δ_t and the
// alignment α_t(j) = Σ_k w_k N(j; μ_k, σ_k) over the encoder positions.
// Layout: parameters flat double[] [steps · 3K], interleaved per component (component k of step t at
// t·3K + 3k: ŵ, Δ̂, σ̂); the softmax walks the ŵ entries of one step with stride 3.
// Correct: each step's mixture logits are shifted by that step's own peak; the softplus is written
// in its stable form and the Gaussian exp is of a non-positive value.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class GmmAttention_MixtureWeights
{
    /// <summary>Alignments [steps, encoderLen]; mixture weights written to weights [steps · K].</summary>
    public static double[,] Align(double[] parameters, int components, int encoderLen, double[] weights)
    {
        int stride = 3 * components, steps = parameters.Length / stride;
        var mu = new double[components];
        var align = new double[steps, encoderLen];
        for (int t = 0; t < steps; t++)
        {
            int o = t * stride;
            double peak = double.NegativeInfinity;
            for (int i = o; i < o + stride; i += 3) peak = Math.Max(peak, parameters[i]);
            double z = 0;
            for (int k = 0; k < components; k++) z += weights[t * components + k] = Math.Exp(parameters[o + 3 * k] - peak);
            for (int k = 0; k < components; k++)
            {
                double w = weights[t * components + k] /= z;
                mu[k] += Softplus(parameters[o + 3 * k + 1]);
                double sigma = Softplus(parameters[o + 3 * k + 2]) + 1e-3;
                for (int j = 0; j < encoderLen; j++)
                {
                    double d = (j - mu[k]) / sigma;
                    align[t, j] += w * Math.Exp(-0.5 * d * d) / (Math.Sqrt(2 * Math.PI) * sigma);
                }
            }
        }
        return align;
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
