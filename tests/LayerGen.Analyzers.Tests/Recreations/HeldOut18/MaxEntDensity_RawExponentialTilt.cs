// Source: maximum-entropy risk-neutral density from option prices (Buchen & Kelly 1996): q_i proportional to
// exp(sum_k lambda_k C_k(S_i)) on a price grid, one multiplier vector per maturity.
// Layout: payoff matrix `double[constraints, grid]`, multipliers flat `double[]` [maturity * constraints + k],
// density flat `double[]` [maturity * grid + i], the exponent accumulated in a `stackalloc` buffer.
// Bug (LG0003): the exponent is exponentiated without subtracting its maximum; during the Newton calibration the
// multipliers on deep in-the-money payoffs grow large and exp overflows (inf/inf density).
using System;

namespace HeldOut18.MaxEntDensity_RawExponentialTilt;

public static class MaxEntDensity
{
    public static void Density(double[,] payoff, double[] lambdas, double[] density)
    {
        int constraints = payoff.GetLength(0);
        int grid = payoff.GetLength(1);
        int maturities = lambdas.Length / constraints;
        Span<double> tilt = stackalloc double[grid];
        for (int m = 0; m < maturities; m++)
        {
            tilt.Clear();
            for (int k = 0; k < constraints; k++)
            {
                double l = lambdas[m * constraints + k];
                for (int i = 0; i < grid; i++)
                {
                    tilt[i] += l * payoff[k, i];
                }
            }

            double z = 0.0;
            for (int i = 0; i < grid; i++)
            {
                double q = Math.Exp(tilt[i]); //~ LG0003
                density[m * grid + i] = q;
                z += q;
            }

            for (int i = 0; i < grid; i++)
            {
                density[m * grid + i] /= z;
            }
        }
    }
}
