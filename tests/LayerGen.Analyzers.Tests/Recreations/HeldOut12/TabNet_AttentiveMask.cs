// Source: TabNet attentive transformer (Arik & Pfister 2021; dreamquark-ai/tabnet `AttentiveTransformer`), with the
// softmax mask variant instead of sparsemax: mask = softmax(prior ⊙ a) per sample, then prior ← prior · (γ − mask).
// Layout: flat float[] [batch · features] with a row offset, Span row views; the prior scales inside the exponent.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class TabNet_AttentiveMask
{
    public static float[] Mask(float[] attention, float[] prior, int features, float relaxation)
    {
        var mask = new float[attention.Length];
        for (int o = 0; o < attention.Length; o += features)
        {
            Span<float> z = mask.AsSpan(o, features);
            ReadOnlySpan<float> a = attention.AsSpan(o, features);
            ReadOnlySpan<float> p = prior.AsSpan(o, features);
            float peak = float.NegativeInfinity;
            for (int j = 0; j < features; j++)
            {
                z[j] = p[j] * a[j];
                peak = MathF.Max(peak, z[j]);
            }

            float total = 0f;
            for (int j = 0; j < features; j++)
            {
                z[j] = MathF.Exp(z[j] - peak);
                total += z[j];
            }

            for (int j = 0; j < features; j++)
            {
                z[j] /= total;
            }
        }

        for (int i = 0; i < prior.Length; i++)
        {
            prior[i] *= relaxation - mask[i];
        }

        return mask;
    }
}
