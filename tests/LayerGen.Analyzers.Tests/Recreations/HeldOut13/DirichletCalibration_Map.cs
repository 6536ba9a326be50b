// Source: Dirichlet calibration (Kull et al. 2019; dirichletcal): calibrated probabilities are softmax(W·log p + b)
// per sample.
// Layout: class-major flat double[] [classes · samples] (index k·N + n, softmax down a stride-N fibre), the
// calibrated logits staged in the same layout, the sample's peak found by walking idx = n; idx += N.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class DirichletCalibration_Map
{
    public static double[] Calibrate(double[] logProb, int classes, double[,] w, double[] b)
    {
        int n = logProb.Length / classes;
        var z = new double[logProb.Length];
        for (int k = 0; k < classes; k++)
            for (int s = 0; s < n; s++)
            {
                double acc = b[k];
                for (int j = 0; j < classes; j++)
                    acc += w[k, j] * logProb[j * n + s];
                z[k * n + s] = acc;
            }

        for (int s = 0; s < n; s++)
        {
            double top = double.NegativeInfinity;
            for (int idx = s; idx < z.Length; idx += n)
                top = Math.Max(top, z[idx]);
            double sum = 0.0;
            for (int idx = s; idx < z.Length; idx += n)
            {
                z[idx] = Math.Exp(z[idx] - top);
                sum += z[idx];
            }
            for (int idx = s; idx < z.Length; idx += n)
                z[idx] /= sum;
        }
        return z;
    }
}
