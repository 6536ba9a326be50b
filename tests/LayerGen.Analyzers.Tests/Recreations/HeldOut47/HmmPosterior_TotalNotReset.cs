// Idiom: HMM posterior decoding, position by position, from log-space alpha/beta rows; a fresh posterior row per
// position, the maximum reset per position.
// Layout: jagged double[positions][states] (one array per position).
// Bug LG0002: `total` is declared above the position loop and never reset, so each position is divided by the sum of
// its own and every earlier position's weights.
using System;

namespace HeldOut47.HmmPosterior_TotalNotReset;

public static class ForwardBackward
{
    public static double[][] Posterior(double[][] logAlpha, double[][] logBeta)
    {
        int length = logAlpha.Length;
        var gamma = new double[length][];
        double total = 0.0;
        for (int t = 0; t < length; t++)
        {
            double[] a = logAlpha[t];
            double[] b = logBeta[t];
            double m = double.NegativeInfinity;
            for (int k = 0; k < a.Length; k++)
            {
                m = Math.Max(m, a[k] + b[k]);
            }

            var g = new double[a.Length];
            for (int k = 0; k < a.Length; k++)
            {
                g[k] = Math.Exp(a[k] + b[k] - m);
                total += g[k]; //~ LG0002
            }

            for (int k = 0; k < a.Length; k++)
            {
                g[k] /= total;
            }

            gamma[t] = g;
        }

        return gamma;
    }
}
