// Source: Bayesian single change-point posterior (Smith 1975; the "bayesian_changepoint_detection" offline
// family, Fearnhead 2006): the log evidence of every split position τ is normalised over τ with log-sum-exp.
// Layout: ragged series packed in one ReadOnlySpan<double> with int[] offsets, output Span<double>; reverse loops.
// Correct (log-sum-exp: p = exp(l − (m + log Σ exp(l − m)))).
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class ChangePoint_SplitPosterior
{
    public static void Posterior(ReadOnlySpan<double> logEvidence, int[] offsets, Span<double> posterior)
    {
        for (int s = 0; s + 1 < offsets.Length; s++)
        {
            int start = offsets[s], end = offsets[s + 1];
            if (end <= start)
                continue;
            double m = logEvidence[end - 1];
            for (int t = end - 2; t >= start; t--)
                if (logEvidence[t] > m)
                    m = logEvidence[t];

            double acc = 0.0;
            for (int t = end - 1; t >= start; t--)
                acc += Math.Exp(logEvidence[t] - m);
            double logZ = m + Math.Log(acc);

            for (int t = start; t < end; t++)
                posterior[t] = Math.Exp(logEvidence[t] - logZ);
        }
    }
}
