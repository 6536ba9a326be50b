// Idiom: Gaussian-mixture E-step, responsibilities of every component for each point from
// log pi_k + log N(x | mu_k, var_k I) (isotropic components), shifted by the point's own best component.
// Use: EM for a mixture model; the [points, components] matrix feeds the M-step.
// Layout: points as jagged double[][] rows, components as an array of records, responsibilities double[n, k] row-major.
// Inspired by: the MATLAB gmdistribution estep (maxll per row) and Bishop eq. 9.13 lab code (pkok/MLPR-labs); own code.
// Label: Correct.
using System;

namespace HeldOut62.GmmEStep_PerPointRows;

public sealed record Component(double LogWeight, double[] Mean, double Var);

public static class GaussianMixture
{
    public static double[,] Responsibilities(double[][] points, Component[] components)
    {
        int n = points.Length;
        int k = components.Length;
        var resp = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            double[] x = points[i];
            double best = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                Component comp = components[c];
                double sq = 0.0;
                for (int d = 0; d < x.Length; d++)
                {
                    double diff = x[d] - comp.Mean[d];
                    sq += diff * diff;
                }

                double logLik = comp.LogWeight - 0.5 * x.Length * Math.Log(2.0 * Math.PI * comp.Var) - 0.5 * sq / comp.Var;
                resp[i, c] = logLik;
                best = Math.Max(best, logLik);
            }

            double norm = 0.0;
            for (int c = 0; c < k; c++)
            {
                resp[i, c] = Math.Exp(resp[i, c] - best);
                norm += resp[i, c];
            }

            for (int c = 0; c < k; c++)
            {
                resp[i, c] /= norm;
            }
        }

        return resp;
    }
}
