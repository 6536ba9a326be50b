// Idiom: Bayesian online changepoint detection over a whole recorded series — log joints in a lower-triangular
// [steps, maxRun] table (run length r <= t), each step shifted by its own largest term, then normalised in a
// separate pass after the step loop.
// Use: offline run-length posteriors for plotting a BOCPD run.
// Layout: double[steps, steps] lower triangle, while loop over steps, a separate normalisation pass.
// Inspired by: BOCPD notebooks that fill an R[t, r] matrix; own code.
// Label: LG0002 — the evidence sums the whole triangle, not one step's run lengths.
using System;

namespace HeldOut62.RunLengthPosterior_TriangleTotal;

public static class OfflineBocpd
{
    public static double[,] Posterior(double[,] logR)
    {
        int steps = logR.GetLength(0);
        var r = new double[steps, steps];
        int t = 0;
        while (t < steps)
        {
            double top = logR[t, 0];
            for (int run = 1; run <= t; run++)
            {
                top = Math.Max(top, logR[t, run]);
            }

            for (int run = 0; run <= t; run++)
            {
                r[t, run] = Math.Exp(logR[t, run] - top);
            }

            t++;
        }

        double evidence = 0.0;
        for (int i = 0; i < steps; i++)
        {
            for (int run = 0; run <= i; run++)
            {
                evidence += r[i, run]; //~ LG0002
            }
        }

        for (int i = 0; i < steps; i++)
        {
            for (int run = 0; run <= i; run++)
            {
                r[i, run] /= evidence;
            }
        }

        return r;
    }
}
