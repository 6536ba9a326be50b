// Source: ListMLE / Plackett–Luce likelihood (Xia et al. 2008; allegro `listMLE`, PyTorch-LTR `listMLE`): for a
// ranked list, each stage chooses among the remaining items, so the log-likelihood is Σ_k s_k − logsumexp(s_k..n).
// Layout: CSR lists (`offsets`, flat double[] scores in ranked order); the suffix log-sum-exp runs backwards with an
// online (rescaled) max; the first-stage choice distribution is returned.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class PlackettLuce_SuffixChoice
{
    public static double[] FirstChoice(double[] scores, int[] offsets, double[] logLikelihood)
    {
        var first = new double[scores.Length];
        for (int l = 0; l + 1 < offsets.Length; l++)
        {
            int start = offsets[l], end = offsets[l + 1];
            double runMax = double.NegativeInfinity, runSum = 0.0, ll = 0.0;
            for (int k = end - 1; k >= start; k--)
            {
                double s = scores[k];
                if (s > runMax)
                {
                    runSum = runSum * Math.Exp(runMax - s) + 1.0;
                    runMax = s;
                }
                else
                {
                    runSum += Math.Exp(s - runMax);
                }

                ll += s - (runMax + Math.Log(runSum));
            }

            logLikelihood[l] = ll;
            for (int k = start; k < end; k++)
            {
                first[k] = Math.Exp(scores[k] - runMax) / runSum;
            }
        }

        return first;
    }
}
