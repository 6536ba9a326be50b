// Source: FixMatch / UDA pseudo-labelling (Sohn et al. 2020; Xie et al. 2020): per-sample sharpened softmax of the
// weak view's logits. Layout: flat ReadOnlyMemory<float> [batch · classes]; the shift is found with a do/while over
// the whole `.Span` before the sample loop.
// Bug: LG0001 — the max spans the whole batch, not one sample's classes.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class FixMatch_MaxOverBatch
{
    public static float[] Sharpen(ReadOnlyMemory<float> weakLogits, int classes, float temperature)
    {
        ReadOnlySpan<float> all = weakLogits.Span;
        float top = float.NegativeInfinity;
        int i = 0;
        do
        {
            top = MathF.Max(top, all[i] / temperature); //~ LG0001
            i++;
        }
        while (i < all.Length);

        var probs = new float[all.Length];
        for (int o = 0; o < all.Length; o += classes)
        {
            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                probs[o + k] = MathF.Exp(all[o + k] / temperature - top);
                z += probs[o + k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[o + k] /= z;
            }
        }

        return probs;
    }
}
