// Variant of MagnitudeScaled_PerceptronOutcomes.cs (OpenNLP perceptron normalize, SharpNL) with a bug: the scale is
// the largest magnitude of another buffer (the previous iteration's scores), not of the values exponentiated, so
// scores / scale is unbounded and the exp overflows once a score exceeds ~709 times the scale.
using System;

namespace Recreations.MagnitudeScaledUnboundedScale;

public static class Outcomes
{
    public static double[] Normalize(double[] scores, double[] previous)
    {
        double largest = 1;
        for (int o = 0; o < previous.Length; o++)
        {
            if (largest < Math.Abs(previous[o])) largest = Math.Abs(previous[o]);
        }

        var p = new double[scores.Length];
        double total = 0;
        for (int o = 0; o < scores.Length; o++)
        {
            p[o] = Math.Exp(scores[o] / largest); //~ LG0003
            total += p[o];
        }

        for (int o = 0; o < p.Length; o++) p[o] /= total;
        return p;
    }
}
