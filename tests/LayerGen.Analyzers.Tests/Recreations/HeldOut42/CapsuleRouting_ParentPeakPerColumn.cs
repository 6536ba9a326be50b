// Idiom: capsule routing-by-agreement, coupling coefficients softmax over the parents of each child capsule
// Layout: jagged double[children][parents]
// Bug (LG0004): the peak is taken per parent down the children, the sum per child across the parents
using System;

namespace HeldOut42.CapsuleRouting_ParentPeakPerColumn;

public static class CouplingCoefficients
{
    public static double[][] Compute(double[][] logPriors)
    {
        int children = logPriors.Length;
        int parents = logPriors[0].Length;

        var peak = new double[parents];
        for (int j = 0; j < parents; j++)
        {
            peak[j] = double.MinValue;
            for (int i = 0; i < children; i++)
                peak[j] = Math.Max(peak[j], logPriors[i][j]); //~ LG0004
        }

        var c = new double[children][];
        for (int i = 0; i < children; i++)
        {
            var ci = new double[parents];
            double z = 0.0;
            for (int j = 0; j < parents; j++)
            {
                ci[j] = Math.Exp(logPriors[i][j] - peak[j]);
                z += ci[j];
            }

            for (int j = 0; j < parents; j++)
                ci[j] /= z;
            c[i] = ci;
        }

        return c;
    }
}
