// Re-creation (our own code) of the shape of ProteinMPNN's per-position amino-acid distribution before sampling
// (dauparas/ProteinMPNN: logits / temperature + bias, omitted amino acids pushed to −∞, then softmax over 21 tokens).
// Layout: flat float[] [L · 21] with offset position · 21, bool[21] omit mask, float[21] bias.
// Correct: the masked row's maximum is taken over the allowed tokens only; omitted tokens get probability 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ProteinMpnnSamplerOmitMask
{
    public const int Alphabet = 21;

    public static void Distributions(float[] logits, bool[] omit, float[] bias, float temperature, float[] probabilities)
    {
        int length = logits.Length / Alphabet;
        for (int position = 0; position < length; position++)
        {
            int row = position * Alphabet;
            float top = float.NegativeInfinity;
            for (int a = 0; a < Alphabet; a++)
            {
                if (omit[a])
                    continue;
                float v = logits[row + a] / temperature + bias[a];
                if (v > top)
                    top = v;
            }

            float norm = 0f;
            for (int a = 0; a < Alphabet; a++)
            {
                float p = omit[a] ? 0f : MathF.Exp(logits[row + a] / temperature + bias[a] - top);
                probabilities[row + a] = p;
                norm += p;
            }

            for (int a = 0; a < Alphabet; a++)
                probabilities[row + a] /= norm;
        }
    }
}
