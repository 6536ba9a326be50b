// Source: Dirichlet calibration (Kull et al. 2019), class-major port that takes each class's peak along its
// contiguous run of samples.
// Layout: class-major flat double[] [classes · samples], double[] class peaks.
// Bug: LG0004 — the maximum runs over samples for each class, the sum over classes for each sample.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class DirichletCalibration_MaxPerClass
{
    public static double[] Calibrate(double[] logProb, int classes, double[,] w, double[] b)
    {
        int n = logProb.Length / classes;
        var z = new double[logProb.Length];
        var classPeak = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            classPeak[k] = double.NegativeInfinity;
            for (int s = 0; s < n; s++)
            {
                double acc = b[k];
                for (int j = 0; j < classes; j++)
                    acc += w[k, j] * logProb[j * n + s];
                z[k * n + s] = acc;
                classPeak[k] = Math.Max(classPeak[k], acc); //~ LG0004
            }
        }

        for (int s = 0; s < n; s++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k * n + s] = Math.Exp(z[k * n + s] - classPeak[k]);
                sum += z[k * n + s];
            }
            for (int k = 0; k < classes; k++)
                z[k * n + s] /= sum;
        }
        return z;
    }
}
