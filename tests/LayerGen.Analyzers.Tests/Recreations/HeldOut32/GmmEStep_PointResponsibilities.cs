// EM for a univariate Gaussian mixture, E-step: responsibilities = softmax over components of log pi_k + log N(x_i | mu_k, sd_k)
// (a port of R mixtools-style code). Layout: double[points, components] log-densities, responsibilities of the same shape.
// Correct: each point's own maximum over the components and its own sum.
using System;

namespace HeldOut32;

/// <summary>E-step of a univariate Gaussian mixture with points as rows.</summary>
public static class GaussianMixturePointRows
{
    /// <summary>Fills the log-density table of every point under every component, then the responsibilities.</summary>
    public static void EStep(double[] x, double[] mean, double[] sd, double[] weight, double[,] resp)
    {
        var logDensity = new double[x.Length, mean.Length];
        var logWeight = new double[mean.Length];
        for (int c = 0; c < mean.Length; c++)
        {
            logWeight[c] = Math.Log(weight[c]);
            for (int i = 0; i < x.Length; i++)
            {
                double zc = (x[i] - mean[c]) / sd[c];
                logDensity[i, c] = -0.5 * zc * zc - Math.Log(sd[c]) - 0.9189385332046727;
            }
        }

        Responsibilities(logDensity, logWeight, resp);
    }

    /// <summary>resp[i, c] = softmax over c of logDensity[i, c] + logWeight[c].</summary>
    public static void Responsibilities(double[,] logDensity, double[] logWeight, double[,] resp)
    {
        int n = logDensity.GetLength(0), k = logDensity.GetLength(1);
        for (int i = 0; i < n; i++)
        {
            double best = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                double lj = logDensity[i, c] + logWeight[c];
                resp[i, c] = lj;
                if (lj > best) best = lj;
            }

            double total = 0;
            for (int c = 0; c < k; c++)
            {
                resp[i, c] = Math.Exp(resp[i, c] - best);
                total += resp[i, c];
            }

            for (int c = 0; c < k; c++)
            {
                resp[i, c] /= total;
            }
        }
    }
}
