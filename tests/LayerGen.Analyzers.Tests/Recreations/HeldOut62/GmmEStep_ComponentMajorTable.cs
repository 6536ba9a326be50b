// Idiom: Gaussian-mixture E-step written component-major (one row per component, one column per point, as in
// NumPy code that keeps log_rho with shape [K, N]); one "largest log-density" taken over the whole table.
// Use: EM for a mixture model; gamma[k, i] = responsibility of component k for point i (softmax down each column).
// Layout: points as List<double[]>, components as a record array, log_rho and gamma as double[k, n] (transposed).
// Inspired by: kuangliu/GMM e_step.m (log-form responsibilities); own code.
// Label: LG0001 — the maximum subtracted spans every point, not one point's column (a far point underflows to 0/0).
using System;
using System.Collections.Generic;

namespace HeldOut62.GmmEStep_ComponentMajorTable;

public sealed record Component(double LogWeight, double[] Mean, double Var);

public static class MixtureEm
{
    public static double[,] EStep(List<double[]> points, IReadOnlyList<Component> components)
    {
        int n = points.Count;
        int k = components.Count;
        var logRho = new double[k, n];
        double top = double.NegativeInfinity;
        for (int c = 0; c < k; c++)
        {
            var comp = components[c];
            double logNorm = -0.5 * comp.Mean.Length * Math.Log(2.0 * Math.PI * comp.Var);
            for (int i = 0; i < n; i++)
            {
                double sq = 0.0;
                for (int d = 0; d < comp.Mean.Length; d++)
                {
                    sq += (points[i][d] - comp.Mean[d]) * (points[i][d] - comp.Mean[d]);
                }

                logRho[c, i] = comp.LogWeight + logNorm - sq / (2.0 * comp.Var);
                if (logRho[c, i] > top) top = logRho[c, i]; //~ LG0001
            }
        }

        var gamma = new double[k, n];
        for (int i = 0; i < n; i++)
        {
            double colSum = 0.0;
            for (int c = 0; c < k; c++)
            {
                gamma[c, i] = Math.Exp(logRho[c, i] - top);
                colSum += gamma[c, i];
            }

            for (int c = 0; c < k; c++)
            {
                gamma[c, i] /= colSum;
            }
        }

        return gamma;
    }
}
