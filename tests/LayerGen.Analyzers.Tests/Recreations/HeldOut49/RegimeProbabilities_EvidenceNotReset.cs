// Idiom: regime-switching model, daily regime probabilities from per-regime log-likelihoods and stationary
// probabilities, pi_k * exp(ll_k - ll_max) normalised per day (own code).
// Layout: double[days, regimes], row-major.
// Label: LG0002 — the evidence accumulator is declared above the day loop and never reset, so each day is divided
// by the running total of every day so far (the days' probabilities no longer sum to one).
using System;

namespace HeldOut49.RegimeProbabilities_EvidenceNotReset;

public sealed class MarkovRegimes
{
    private readonly double[] _stationary;

    public MarkovRegimes(double[] stationary) => _stationary = stationary;

    public double[,] Filter(double[,] logLik)
    {
        int days = logLik.GetLength(0);
        int regimes = logLik.GetLength(1);
        var prob = new double[days, regimes];
        double evidence = 0.0;
        for (int t = 0; t < days; t++)
        {
            double peak = double.NegativeInfinity;
            for (int k = 0; k < regimes; k++)
            {
                peak = Math.Max(peak, logLik[t, k]);
            }

            for (int k = 0; k < regimes; k++)
            {
                prob[t, k] = _stationary[k] * Math.Exp(logLik[t, k] - peak);
                evidence += prob[t, k]; //~ LG0002
            }

            for (int k = 0; k < regimes; k++)
            {
                prob[t, k] /= evidence;
            }
        }

        return prob;
    }
}
