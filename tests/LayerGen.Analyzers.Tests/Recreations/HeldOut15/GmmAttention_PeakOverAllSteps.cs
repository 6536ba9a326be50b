// HeldOut15 — GmmAttention_PeakOverAllSteps
// Source: GMM attention (Graves 2013; Battenberg et al. 2020), the mixture-weight softmax over a
// whole decoded utterance at once (teacher-forced training).
// Layout: parameters flat float[] blocked per step [steps · 3K]: the K weight logits of step t at
// t·3K .. t·3K + K − 1, then the K Δ̂, then the K σ̂; weights float[steps, K].
// Bug (LG0001): one peak over the weight logits of every step is subtracted from each step's
// mixture logits (a step far below the utterance's best underflows to 0/0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class GmmAttention_PeakOverAllSteps
{
    /// <summary>Mixture weights of every decoder step.</summary>
    public static float[,] MixtureWeights(float[] parameters, int components)
    {
        int stride = 3 * components, steps = parameters.Length / stride;
        float peak = float.NegativeInfinity;
        for (int t = 0; t < steps; t++)
            for (int k = 0; k < components; k++)
                peak = MathF.Max(peak, parameters[t * stride + k]); //~ LG0001

        var w = new float[steps, components];
        for (int t = 0; t < steps; t++)
        {
            float z = 0f;
            for (int k = 0; k < components; k++)
            {
                w[t, k] = MathF.Exp(parameters[t * stride + k] - peak);
                z += w[t, k];
            }
            for (int k = 0; k < components; k++) w[t, k] /= z;
        }
        return w;
    }
}
