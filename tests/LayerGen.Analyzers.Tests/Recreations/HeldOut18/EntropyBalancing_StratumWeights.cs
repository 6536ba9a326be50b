// Source: entropy balancing (Hainmueller 2012, Political Analysis; R `ebal::ebalance`, `WeightIt` method "ebal"):
// control-unit weights w_i = q_i exp(-lambda . c(X_i)) / sum_j q_j exp(-lambda . c(X_j)), here solved separately
// inside each stratum (exact matching on a categorical variable, entropy balancing within cells).
// Layout: covariates column-major in one flat `ReadOnlySpan<double>` [covariate * units + i], base weights q,
// strata as CSR offsets `int[] stratumStart`; the tilt -lambda . c(X_i) is accumulated column by column.
// Correct: each stratum shifts by its own largest tilt; the returned log normaliser (the dual's log-partition)
// is the shifted log-sum-exp.
using System;

namespace HeldOut18.EntropyBalancing_StratumWeights;

public static class EntropyBalancing
{
    public static double[] Weights(
        ReadOnlySpan<double> covariates,
        int units,
        ReadOnlySpan<double> lambda,
        ReadOnlySpan<double> baseWeights,
        int[] stratumStart,
        Span<double> weights)
    {
        var tilt = new double[units];
        for (int c = 0; c < lambda.Length; c++)
        {
            ReadOnlySpan<double> column = covariates.Slice(c * units, units);
            for (int i = 0; i < units; i++)
            {
                tilt[i] -= lambda[c] * column[i];
            }
        }

        var logNormaliser = new double[stratumStart.Length - 1];
        for (int s = 0; s + 1 < stratumStart.Length; s++)
        {
            int lo = stratumStart[s];
            int hi = stratumStart[s + 1];
            double m = double.NegativeInfinity;
            for (int i = lo; i < hi; i++)
            {
                m = Math.Max(m, tilt[i]);
            }

            double z = 0.0;
            for (int i = lo; i < hi; i++)
            {
                weights[i] = baseWeights[i] * Math.Exp(tilt[i] - m);
                z += weights[i];
            }

            for (int i = lo; i < hi; i++)
            {
                weights[i] /= z;
            }

            logNormaliser[s] = m + Math.Log(z);
        }

        return logNormaliser;
    }
}
