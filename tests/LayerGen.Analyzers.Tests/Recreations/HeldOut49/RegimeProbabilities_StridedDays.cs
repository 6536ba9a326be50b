// Idiom: regime-switching model, posterior regime probabilities per trading day from each regime's daily
// log-likelihood and the regimes' stationary probabilities, normalised "without logs": pi_k * exp(ll_k - ll_max) / sum
// (the filtering step of a Hamilton-style regime model, written our own way).
// Layout: flat double[] of log-likelihoods, days x regimes, stride = regimes; ReadOnlySpan.Slice per day, a local function.
// Label: Correct (each day's own peak log-likelihood is subtracted; pi_k <= 1 keeps every factor <= 1 and the day's
// total >= its top regime's pi; each day divided by its own total).
using System;

namespace HeldOut49.RegimeProbabilities_StridedDays;

public static class RegimeFilter
{
    public static double[] Posterior(double[] logLikelihood, double[] stationary, int regimes)
    {
        int days = logLikelihood.Length / regimes;
        var posterior = new double[logLikelihood.Length];
        for (int day = 0; day < days; day++)
        {
            ReadOnlySpan<double> ll = logLikelihood.AsSpan().Slice(day * regimes, regimes);
            Span<double> p = posterior.AsSpan().Slice(day * regimes, regimes);
            Normalise(ll, stationary, p);
        }

        return posterior;

        static void Normalise(ReadOnlySpan<double> ll, double[] pi, Span<double> p)
        {
            double peak = ll[0];
            for (int k = 1; k < ll.Length; k++)
            {
                if (ll[k] > peak)
                {
                    peak = ll[k];
                }
            }

            double evidence = 0.0;
            for (int k = 0; k < ll.Length; k++)
            {
                p[k] = pi[k] * Math.Exp(ll[k] - peak);
                evidence += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= evidence;
            }
        }
    }
}
