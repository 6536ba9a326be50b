// Idiom: WAF rule attribution, scores produced as W·X for a batch of requests, so the table is rule-major: one column
// per blocked request.
// Layout: double[rules, requests] (column-major; the softmax runs down each column).
// Bug (LG0003): `Math.Exp(z[k, r])` with no shift; a confident rule score above ~709 overflows to infinity (NaN after
// the division).
// Style inspired by WAF/ModSecurity anomaly-score attribution; our own C#.
using System;

namespace HeldOut56.WafAttribution_ColumnMajorRawExp;

public static class BatchAttribution
{
    public static double[,] Attribute(double[,] z)
    {
        int rules = z.GetLength(0), requests = z.GetLength(1);
        var p = new double[rules, requests];
        for (int r = 0; r < requests; r++)
        {
            double s = 0.0;
            for (int k = 0; k < rules; k++)
            {
                p[k, r] = Math.Exp(z[k, r]); //~ LG0003
                s += p[k, r];
            }

            for (int k = 0; k < rules; k++)
            {
                p[k, r] /= s;
            }
        }

        return p;
    }
}
