// Variants (our own code) of PerplexityKernel_GuardedGaussian.cs, its buggy twins: the Gaussian kernel's argument is
// not provably <= 0 (scores not squared: a softmin of arbitrary values, exp(1000) = inf for a score of -1000; a positive
// scale of the square, exp(0.5 * 1000^2) = inf), or the normaliser starts at 0, so a row whose terms all underflow
// (every d large) gives 0 / 0 = NaN. Bug: LG0003 x3.
using System;

namespace Recreations.PerplexityKernel_Unguarded;

public static class PerplexityKernel
{
    public static void SoftminOfScores(double[] distances, double[] p, double beta)
    {
        double sum = 2.2250738585072014e-308;
        for (int m = 0; m < distances.Length; m++)
        {
            p[m] = Math.Exp(-beta * distances[m]); //~ LG0003
            sum += p[m];
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
    }

    public static void PositiveScaleOfSquare(double[] distances, double[] p)
    {
        double sum = 2.2250738585072014e-308;
        for (int m = 0; m < distances.Length; m++)
        {
            double d = distances[m];
            p[m] = Math.Exp(0.5 * d * d); //~ LG0003
            sum += p[m];
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
    }

    public static void NoGuard(float[] distances, float[] p, float beta)
    {
        float sum = 0f;
        for (int m = 0; m < distances.Length; m++)
        {
            p[m] = MathF.Exp(-beta * distances[m] * distances[m]); //~ LG0003
            sum += p[m];
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
    }
}
