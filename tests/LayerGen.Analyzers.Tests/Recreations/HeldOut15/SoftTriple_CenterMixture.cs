// HeldOut15 — SoftTriple_CenterMixture
// Source: SoftTriple loss (Qian et al. 2019; idstcv/SoftTriple `SoftTriple.forward`): each class
// has K centres; a sample's similarity to a class is the softmax(S/γ)-weighted mix of its centres.
// Layout: one sample's similarities as a flat ReadOnlySpan<float> [classes · centres], class c at
// offset c·centres; centre weights written to a Span<float> of the same shape.
// Correct: each class segment subtracts its own largest centre similarity.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class SoftTriple_CenterMixture
{
    /// <summary>Relaxed class similarities of one sample, and the centre weights inside each class.</summary>
    public static void Relax(ReadOnlySpan<float> sims, int centres, float gamma, Span<float> centreWeights, Span<float> classSims)
    {
        int classes = sims.Length / centres;
        for (int c = 0; c < classes; c++)
        {
            ReadOnlySpan<float> seg = sims.Slice(c * centres, centres);
            Span<float> w = centreWeights.Slice(c * centres, centres);
            float top = seg[0];
            for (int k = 1; k < centres; k++)
                if (seg[k] > top) top = seg[k];
            float z = 0f;
            for (int k = 0; k < centres; k++)
            {
                w[k] = MathF.Exp((seg[k] - top) / gamma);
                z += w[k];
            }
            float mix = 0f;
            for (int k = 0; k < centres; k++)
            {
                w[k] /= z;
                mix += w[k] * seg[k];
            }
            classSims[c] = mix;
        }
    }
}
