// Variant (our own code) of temperature sampling (Temperature2D_Shifted.cs pattern: logits / temperature, then
// softmax): the maximum is taken over the raw logits but subtracted from the scaled
// ones, exp(x / t - max), which only equals the stable form for t = 1.
// Layout: 1D float[]. Bug (LG0003): for t < 1 and large logits, x / t - max is far above 88 and exp overflows.
using System;

namespace HeldOut.TemperatureMaxOfUnscaled;

public static class Sampler
{
    public static float[] Probabilities(float[] logits, float temperature)
    {
        float max = float.NegativeInfinity;
        foreach (float v in logits)
        {
            max = MathF.Max(max, v);
        }

        var p = new float[logits.Length];
        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = MathF.Exp(logits[i] / temperature - max); //~ LG0003
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }
}
