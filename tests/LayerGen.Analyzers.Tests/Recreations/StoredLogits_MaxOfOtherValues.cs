// Variant of StoredLogits_MaxOfTheLocal.cs (dje-dev/Ceres TPSScoreCalc shape) with a bug: the span is filled with the
// tempered logits, but the maximum folds the raw values q (not divided by tau, no log prior): exp(pi[i] - max) is not
// bounded by 1 and overflows for a small tau.
using System;

namespace Recreations.StoredLogitsMaxOfOtherValues;

public static class TemperedPosterior
{
    public static void Compute(ReadOnlySpan<double> prior, ReadOnlySpan<double> value, double tau, Span<double> pi)
    {
        double peak = double.NegativeInfinity;
        for (int i = 0; i < prior.Length; i++)
        {
            double logit = Math.Log(prior[i]) + value[i] / tau;
            pi[i] = logit;
            double raw = value[i];
            if (raw > peak) peak = raw;
        }

        double z = 0;
        for (int i = 0; i < prior.Length; i++)
        {
            double e = Math.Exp(pi[i] - peak); //~ LG0003
            pi[i] = e;
            z += e;
        }

        for (int i = 0; i < prior.Length; i++) pi[i] /= z;
    }
}
