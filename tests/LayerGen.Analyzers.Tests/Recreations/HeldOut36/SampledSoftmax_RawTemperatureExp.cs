// Idiom: sampled softmax over an item vocabulary from precomputed user-item dot products, divided by a temperature
// Layout: row-major float[users, samples] dot products (column 0 the positive), probabilities float[users, samples]
// Bug (LG0003): exp of the temperature-scaled dot products with no max subtracted
using System;

namespace HeldOut36.SampledSoftmax_RawTemperatureExp;

public static class SampledCandidates
{
    public static float[,] Probabilities(float[,] dots, float temperature)
    {
        int users = dots.GetLength(0);
        int samples = dots.GetLength(1);
        var probs = new float[users, samples];
        for (int u = 0; u < users; u++)
        {
            float norm = 0f;
            for (int s = 0; s < samples; s++)
            {
                probs[u, s] = MathF.Exp(dots[u, s] / temperature); //~ LG0003
                norm += probs[u, s];
            }

            for (int s = 0; s < samples; s++)
            {
                probs[u, s] /= norm;
            }
        }

        return probs;
    }
}
