// Source: TabNet attentive transformer (Arik & Pfister 2021; dreamquark-ai/tabnet), softmax-mask variant:
// mask = softmax(prior ⊙ a) per sample. Layout: flat float[] [batch · features], row offset `o`.
// Bug: LG0003 — the exp of prior ⊙ a is taken without subtracting the row's max.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class TabNet_RawMaskExp
{
    public static float[] Mask(float[] attention, float[] prior, int features)
    {
        var mask = new float[attention.Length];
        int batch = attention.Length / features;
        for (int n = 0; n < batch; n++)
        {
            int o = n * features;
            float total = 0f;
            for (int j = 0; j < features; j++)
            {
                mask[o + j] = MathF.Exp(prior[o + j] * attention[o + j]); //~ LG0003
                total += mask[o + j];
            }

            for (int j = 0; j < features; j++)
            {
                mask[o + j] /= total;
            }
        }

        return mask;
    }
}
