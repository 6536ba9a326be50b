// Source: ListMLE / Plackett–Luce likelihood (Xia et al. 2008): stage k chooses among items k..n.
// Layout: CSR lists (`offsets`, flat double[] scores in ranked order), backward suffix sums of exps.
// Bug: LG0003 — the scores are exponentiated raw; the suffix sums overflow for large scores.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class PlackettLuce_RawSuffixSums
{
    public static double[] FirstChoice(double[] scores, int[] offsets, double[] logLikelihood)
    {
        var exps = new double[scores.Length];
        var first = new double[scores.Length];
        for (int l = 0; l + 1 < offsets.Length; l++)
        {
            int start = offsets[l], end = offsets[l + 1];
            double tail = 0.0, ll = 0.0;
            for (int k = end - 1; k >= start; k--)
            {
                exps[k] = Math.Exp(scores[k]); //~ LG0003
                tail += exps[k];
                ll += scores[k] - Math.Log(tail);
            }

            logLikelihood[l] = ll;
            for (int k = start; k < end; k++)
            {
                first[k] = exps[k] / tail;
            }
        }

        return first;
    }
}
