// Source: GPML Algorithm 3.3 (multi-class Laplace GP classification), re-created on the stacked vector
// f = [f^1; ...; f^C] with one stabilising maximum per class block.
// Layout: flat double[] f [classes * n] class-major, softmax over classes per point (stride n), while loops.
// Bug (LG0004): the max runs over the points of each class block while the sum runs over the classes of a point.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class GpLaplaceMulticlass_MaxPerClassVector
{
    public static double[] Pi(double[] f, int classes)
    {
        int n = f.Length / classes;
        var classMax = new double[classes];
        int c = 0;
        while (c < classes)
        {
            double m = double.NegativeInfinity;
            int i = 0;
            while (i < n)
            {
                m = Math.Max(m, f[c * n + i]); //~ LG0004
                i++;
            }

            classMax[c] = m;
            c++;
        }

        var pi = new double[f.Length];
        for (int i = 0; i < n; i++)
        {
            double norm = 0.0;
            for (int k = 0; k < classes; k++)
            {
                pi[k * n + i] = Math.Exp(f[k * n + i] - classMax[k]);
                norm += pi[k * n + i];
            }

            for (int k = 0; k < classes; k++)
            {
                pi[k * n + i] /= norm;
            }
        }

        return pi;
    }
}
