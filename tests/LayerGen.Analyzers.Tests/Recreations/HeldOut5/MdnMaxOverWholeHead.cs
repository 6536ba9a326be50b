// Source: mixture density network heads in C#: output [π (K) | μ (K) | σ (K)] per sample.
// Layout: flat [batch, 3K]; softmax over the K π logits of each sample.
// Bug (LG0001): the max runs over the sample's whole 3K head (μ and σ included), not its π slice.
using System;

namespace LayerGen.Recreations.HeldOut5.MdnMaxOverWholeHeadNs;

public static class MdnMaxOverWholeHead
{
    public static float[] MixtureWeights(float[] output, int batch, int k)
    {
        int stride = 3 * k;
        var pi = new float[batch * k];
        for (int b = 0; b < batch; b++)
        {
            int o = b * stride;
            float m = float.NegativeInfinity;
            for (int j = 0; j < stride; j++) m = MathF.Max(m, output[o + j]); //~ LG0001
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
