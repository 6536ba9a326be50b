// Source: mixture density network heads in C# (Bishop MDN; game/robotics ports): each sample's output is
// [π logits (K) | μ (K) | σ (K)], the mixture weights are softmax over the K π logits. Layout: flat [batch, 3K].
// Correct: max and sum over the π slice only (offset b·3K, length K).
using System;

namespace LayerGen.Recreations.HeldOut5.MdnMixtureWeightsSliceNs;

public static class MdnMixtureWeightsSlice
{
    public static float[] MixtureWeights(float[] output, int batch, int k)
    {
        int stride = 3 * k;
        var pi = new float[batch * k];
        for (int b = 0; b < batch; b++)
        {
            int o = b * stride;
            float m = float.NegativeInfinity;
            for (int j = 0; j < k; j++) m = MathF.Max(m, output[o + j]);
            float s = 0f;
            for (int j = 0; j < k; j++)
            {
                pi[b * k + j] = MathF.Exp(output[o + j] - m);
                s += pi[b * k + j];
            }
            for (int j = 0; j < k; j++) pi[b * k + j] /= s;
        }
        return pi;
    }
}
