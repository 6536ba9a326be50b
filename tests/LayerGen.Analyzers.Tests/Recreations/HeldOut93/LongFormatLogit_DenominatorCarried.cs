// Idiom: conditional logit on long-format choice data with precomputed case offsets (CSR-style caseStart array of
// length cases + 1): per case the maximum utility and the exponentiated utilities; the denominator is kept in a
// variable declared with the other accumulators above the case loop.
// Use: per-row fitted probabilities for a discrete-choice log (List of rows).
// Layout: List<double> utilities in long format, int[] caseStart offsets.
// Bug LG0002: `denom` is never reset per case, so it sums the exps of this case and every earlier case; later cases'
// probabilities sum to less than 1.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut93.LongFormatLogit_DenominatorCarried;

public static class ClogitPredict
{
    public static double[] Predict(List<double> v, int[] caseStart)
    {
        var p = new double[v.Count];
        double denom = 0.0;
        for (int c = 0; c + 1 < caseStart.Length; c++)
        {
            int lo = caseStart[c], hi = caseStart[c + 1];
            double top = double.NegativeInfinity;
            for (int r = lo; r < hi; r++) top = Math.Max(top, v[r]);

            for (int r = lo; r < hi; r++)
            {
                p[r] = Math.Exp(v[r] - top);
                denom += p[r]; //~ LG0002
            }

            for (int r = lo; r < hi; r++) p[r] /= denom;
        }

        return p;
    }
}
