// Re-creation (our own code) of harujoh/KelpNet's flat batch softmax (rows at b * length) with the per-row state
// reset by a static helper taking both accumulators by reference, ResetState(ref max, ref sum).
// Layout: flat double[], rows at b * length; reset through ref parameters. Correct.
using System;

namespace HeldOut.RefHelperResetRows;

public static class RefResetSoftmax
{
    public static double[] Forward(double[] x, int length)
    {
        var y = new double[x.Length];
        double max = double.NegativeInfinity;
        double sum = 0;
        for (int b = 0; b < x.Length / length; b++)
        {
            ResetState(ref max, ref sum);
            for (int i = 0; i < length; i++)
            {
                max = Math.Max(max, x[b * length + i]);
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] = Math.Exp(x[b * length + i] - max);
                sum += y[b * length + i];
            }

            for (int i = 0; i < length; i++)
            {
                y[b * length + i] /= sum;
            }
        }

        return y;
    }

    private static void ResetState(ref double max, ref double sum)
    {
        max = double.NegativeInfinity;
        sum = 0;
    }
}
