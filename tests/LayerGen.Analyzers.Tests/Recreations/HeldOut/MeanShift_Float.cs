// Variant (our own code) of the action-selection softmax of cureos/aforge (BoltzmannExploration, which subtracts
// nothing) "stabilised" by subtracting the mean of the estimates instead of their maximum: the exps stay finite for
// rows that are offset as a whole, but not for rows whose values spread far above their mean.
// Layout: 1D float[]. Bug (LG0003): exp(x - mean) overflows when max - mean > ~88.
using System;

namespace HeldOut.MeanShiftFloat;

public static class MeanShiftedSoftmax
{
    public static float[] Probabilities(float[] estimates)
    {
        float mean = 0f;
        for (int i = 0; i < estimates.Length; i++)
        {
            mean += estimates[i];
        }

        mean /= estimates.Length;
        var p = new float[estimates.Length];
        float sum = 0f;
        for (int i = 0; i < estimates.Length; i++)
        {
            p[i] = MathF.Exp(estimates[i] - mean); //~ LG0003
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }
}
