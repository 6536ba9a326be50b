// Idiom: a bank of particle filters per robot, one jagged row of log-weights per filter, normalised filter by filter.
// Layout: double[][] logWeights [filter][particle], fresh weight array per filter; `foreach` Math.Max fold.
// Bug (LG0002): `total` is declared above the filter loop and never reset, so filter f is divided by the sum of the
// weights of filters 0..f.
using System;

namespace HeldOut48.FilterBank_TotalNeverReset;

public static class FilterBank
{
    public static double[][] Normalise(double[][] logWeights)
    {
        var result = new double[logWeights.Length][];
        double total = 0.0;
        for (int f = 0; f < logWeights.Length; f++)
        {
            double[] lw = logWeights[f];
            double top = double.NegativeInfinity;
            foreach (double v in lw)
            {
                top = Math.Max(top, v);
            }

            var w = new double[lw.Length];
            for (int i = 0; i < lw.Length; i++)
            {
                w[i] = Math.Exp(lw[i] - top);
                total += w[i]; //~ LG0002
            }

            for (int i = 0; i < w.Length; i++)
            {
                w[i] /= total;
            }

            result[f] = w;
        }

        return result;
    }
}
