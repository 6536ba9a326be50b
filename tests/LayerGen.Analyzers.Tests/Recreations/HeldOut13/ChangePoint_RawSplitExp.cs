// Source: Bayesian single change-point posterior (Smith 1975; offline change-point notebooks), exponentiating the
// split log evidence straight away.
// Layout: ragged series in one ReadOnlySpan<double> with int[] offsets, output Span<double>.
// Bug: LG0003 — exp of the log evidence with no maximum subtracted.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class ChangePoint_RawSplitExp
{
    public static void Posterior(ReadOnlySpan<double> logEvidence, int[] offsets, Span<double> posterior)
    {
        for (int s = 0; s + 1 < offsets.Length; s++)
        {
            int start = offsets[s], end = offsets[s + 1];
            double evidence = 0.0;
            for (int t = start; t < end; t++)
            {
                posterior[t] = Math.Exp(logEvidence[t]); //~ LG0003
                evidence += posterior[t];
            }
            for (int t = start; t < end; t++)
                posterior[t] /= evidence;
        }
    }
}
