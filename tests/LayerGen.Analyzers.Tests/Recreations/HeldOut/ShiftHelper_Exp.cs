// Re-creation (our own code) of a softmax split into small helpers as in Amzo/NEUNEX-style utility classes: a
// private helper returns the input minus its maximum, and the softmax exponentiates what the helper returned.
// Layout: 1D double[]; shift done by Shift(x) returning a new array. Correct.
using System;

namespace HeldOut.ShiftHelperExp;

public static class HelperSoftmax
{
    public static double[] Forward(double[] x)
    {
        double[] shifted = Shift(x);
        var e = new double[shifted.Length];
        double sum = 0;
        for (int j = 0; j < e.Length; j++)
        {
            e[j] = Math.Exp(shifted[j]);
            sum += e[j];
        }

        for (int j = 0; j < e.Length; j++)
        {
            e[j] /= sum;
        }

        return e;
    }

    private static double[] Shift(double[] x)
    {
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        var shifted = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            shifted[j] = x[j] - max;
        }

        return shifted;
    }
}
