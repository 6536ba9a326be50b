// Idiom: mixture density network over a sequence, mixture weights normalised in a second pass
// Layout: double[steps, mixtures] row-major
// Bug (LG0002): total is declared before the time loop and never reset, so it sums every step's weights
using System;

namespace HeldOut40.MixtureDensity_SequenceTotal;

public static class MdnSequence
{
    public static double[,] MixtureWeights(double[,] logits)
    {
        int steps = logits.GetLength(0);
        int mixtures = logits.GetLength(1);
        var pi = new double[steps, mixtures];
        double total = 0.0;
        for (int t = 0; t < steps; t++)
        {
            double hi = double.NegativeInfinity;
            for (int k = 0; k < mixtures; k++)
                hi = Math.Max(hi, logits[t, k]);
            for (int k = 0; k < mixtures; k++)
            {
                pi[t, k] = Math.Exp(logits[t, k] - hi);
                total += pi[t, k]; //~ LG0002
            }
        }

        for (int t = 0; t < steps; t++)
            for (int k = 0; k < mixtures; k++)
                pi[t, k] /= total;

        return pi;
    }
}
