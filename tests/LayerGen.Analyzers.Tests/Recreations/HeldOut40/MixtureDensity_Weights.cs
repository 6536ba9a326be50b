// Idiom: mixture density network output for a sequence: softmax over the mixture weights at each time step
// Layout: flat float[] mixture-major (column-major), index k * steps + t; softmax over k per t
// Correct
using System;

namespace HeldOut40.MixtureDensity_Weights;

public static class MdnOutput
{
    public static float[] MixtureWeights(float[] piLogits, int mixtures, int steps)
    {
        var pi = new float[piLogits.Length];
        for (int t = 0; t < steps; t++)
        {
            float hi = float.MinValue;
            for (int k = 0; k < mixtures; k++)
                hi = Math.Max(hi, piLogits[k * steps + t]);

            float norm = 0f;
            for (int k = 0; k < mixtures; k++)
            {
                float e = MathF.Exp(piLogits[k * steps + t] - hi);
                pi[k * steps + t] = e;
                norm += e;
            }

            for (int k = 0; k < mixtures; k++)
                pi[k * steps + t] /= norm;
        }

        return pi;
    }
}
