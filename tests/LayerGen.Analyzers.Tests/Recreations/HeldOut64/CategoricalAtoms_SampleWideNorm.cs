// Idiom: categorical (C51-style) Q-network head on the flat output buffer: [batch][actions][atoms] laid out
// contiguously, one softmax over the atoms of every (state, action) pair.
// Use: return distributions for the projection step of a categorical DQN update.
// Layout: flat float[batch * actions * atoms], sample stride actions * atoms, pair offset a * atoms; the max is per
// pair, the normaliser is accumulated per sample over the sample's whole stride.
// Bug (LG0002): `norm` sums the exponentials of all actions' atoms of the sample, so each action's distribution sums
// to its share of the sample instead of to 1.
using System;

namespace HeldOut64.CategoricalAtoms_SampleWideNorm;

public static class FlatCategoricalHead
{
    public static float[] Distributions(float[] logits, int batch, int actions, int atoms)
    {
        var p = new float[logits.Length];
        int stride = actions * atoms;
        for (int b = 0; b < batch; b++)
        {
            int sampleBase = b * stride;
            for (int a = 0; a < actions; a++)
            {
                int o = sampleBase + a * atoms;
                float m = logits[o];
                for (int j = 1; j < atoms; j++)
                {
                    if (logits[o + j] > m)
                    {
                        m = logits[o + j];
                    }
                }

                for (int j = 0; j < atoms; j++)
                {
                    p[o + j] = MathF.Exp(logits[o + j] - m);
                }
            }

            float norm = 0f;
            for (int k = 0; k < stride; k++)
            {
                norm += p[sampleBase + k]; //~ LG0002
            }

            for (int k = 0; k < stride; k++)
            {
                p[sampleBase + k] /= norm;
            }
        }

        return p;
    }
}
