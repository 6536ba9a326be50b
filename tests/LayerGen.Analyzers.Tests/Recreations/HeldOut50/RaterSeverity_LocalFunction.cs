// Idiom: many-facet Rasch model (Linacre's FACETS): the rating-category probabilities of one examinee's performance as
// scored by each rater, measure = theta - severity_r, cumulative numerators over the shared thresholds, in a local
// function (our own C#).
// Layout: jagged double[raters][categories] out; local function per rater; running max seeded with z_0 = 0.
// Correct.
using System;

namespace HeldOut50.RaterSeverity_LocalFunction;

public static class ManyFacetRasch
{
    public static double[][] RatingProbabilities(double theta, double[] severity, double[] tau)
    {
        var p = new double[severity.Length][];
        for (int r = 0; r < severity.Length; r++)
        {
            p[r] = Categories(theta - severity[r]);
        }

        return p;

        double[] Categories(double measure)
        {
            var z = new double[tau.Length + 1];
            double peak = 0.0;
            for (int k = 1; k < z.Length; k++)
            {
                z[k] = z[k - 1] + measure - tau[k - 1];
                peak = Math.Max(peak, z[k]);
            }

            double s = 0.0;
            for (int k = 0; k < z.Length; k++)
            {
                z[k] = Math.Exp(z[k] - peak);
                s += z[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                z[k] /= s;
            }

            return z;
        }
    }
}
