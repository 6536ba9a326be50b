// Re-creation (our own code) of a softmax whose exponent is written as a negated distance to the maximum,
// exp(-(max - x)), as code derived from "energy" formulations (Boltzmann weights exp(-E / kT) with E = max - x) does.
// Layout: 1D double[]; Math.Exp(-(max - x[j])). Correct.
using System;

namespace HeldOut.NegatedShiftExp;

public static class EnergySoftmax
{
    public static double[] Forward(double[] x)
    {
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        var p = new double[x.Length];
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            p[j] = Math.Exp(-(max - x[j]));
            sum += p[j];
        }

        for (int j = 0; j < p.Length; j++)
        {
            p[j] /= sum;
        }

        return p;
    }
}
