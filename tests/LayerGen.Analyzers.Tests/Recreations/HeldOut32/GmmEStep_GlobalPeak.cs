// EM for a Gaussian mixture, E-step written component-major (a port of code that keeps log-densities as [components, points]).
// Layout: double[components, points], responsibilities of the same shape, each column (point) a distribution.
// Bug (LG0001): one "stabilising" maximum over the whole log-joint matrix (every point, every component) shifts every point;
// a point whose log-likelihoods sit ~800 below the best point underflows to 0/0.
using System;
using System.Linq;

namespace HeldOut32;

/// <summary>E-step of a Gaussian mixture with components as rows and points as columns.</summary>
public static class GaussianMixtureComponentRows
{
    /// <summary>resp[c, i] = softmax over c of logDensity[c, i] + logWeight[c] (meant to be).</summary>
    public static void Responsibilities(double[,] logDensity, double[] logWeight, double[,] resp)
    {
        int k = logDensity.GetLength(0), n = logDensity.GetLength(1);
        for (int c = 0; c < k; c++)
        {
            for (int i = 0; i < n; i++)
            {
                resp[c, i] = logDensity[c, i] + logWeight[c];
            }
        }

        double peak = resp.Cast<double>().Max(); //~ LG0001
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            for (int c = 0; c < k; c++)
            {
                resp[c, i] = Math.Exp(resp[c, i] - peak);
                total += resp[c, i];
            }

            for (int c = 0; c < k; c++)
            {
                resp[c, i] /= total;
            }
        }
    }
}
