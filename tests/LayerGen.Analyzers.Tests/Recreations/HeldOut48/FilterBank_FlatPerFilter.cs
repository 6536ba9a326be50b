// Idiom: a bank of particle filters per robot (one per motion-model hypothesis) updated together; log-weights of all
// filters in one flat buffer, normalised per filter in place (style from GPU/batched filter kernels that keep one
// max per parameter set; our own code).
// Layout: flat double[filters * particles], filter f at offset f * particles; Math.Max fold.
// Correct: each filter's block is shifted by its own max and divided by its own sum.
using System;

namespace HeldOut48.FilterBank_FlatPerFilter;

public static class FilterBank
{
    public static void NormaliseInPlace(double[] logWeights, int filters, int particles)
    {
        for (int f = 0; f < filters; f++)
        {
            int offset = f * particles;
            double maxLw = double.NegativeInfinity;
            for (int i = 0; i < particles; i++)
            {
                maxLw = Math.Max(maxLw, logWeights[offset + i]);
            }

            double sum = 0.0;
            for (int i = 0; i < particles; i++)
            {
                logWeights[offset + i] = Math.Exp(logWeights[offset + i] - maxLw);
                sum += logWeights[offset + i];
            }

            double inv = 1.0 / sum;
            for (int i = 0; i < particles; i++)
            {
                logWeights[offset + i] *= inv;
            }
        }
    }
}
