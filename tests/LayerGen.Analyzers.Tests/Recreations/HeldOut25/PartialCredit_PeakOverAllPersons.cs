// Source: generalized partial credit model category probabilities (Muraki 1992; mirt / jMetrik shape), vectorised over a
//         sample of persons (re-created shape, our own code).
// Layout: flat double[persons · categories] with a row stride; the cumulative logits of every person are written in one
//         pass that also folds the peak, then a per-person exp / sum / divide pass.
// Label: LG0001 — the peak is folded over every person's categories, not over one person's row.
using System;

namespace HeldOut25.PartialCredit;

/// <summary>GPCM category probabilities for many persons in one flat buffer.</summary>
public static class PartialCreditPeakOverAllPersons
{
    /// <summary>Returns P(X = k | θ_person) at <c>person · categories + k</c>.</summary>
    public static double[] CategoryProbabilities(double discrimination, double[] steps, double[] thetas)
    {
        int categories = steps.Length + 1;
        var z = new double[thetas.Length * categories];
        double peak = double.MinValue;
        for (int person = 0; person < thetas.Length; person++)
        {
            int row = person * categories;
            z[row] = 0.0;
            for (int k = 1; k < categories; k++)
            {
                z[row + k] = z[row + k - 1] + discrimination * (thetas[person] - steps[k - 1]);
            }

            for (int k = 0; k < categories; k++)
            {
                peak = Math.Max(peak, z[row + k]); //~ LG0001
            }
        }

        var p = new double[z.Length];
        for (int person = 0; person < thetas.Length; person++)
        {
            int row = person * categories;
            double norm = 0.0;
            for (int k = 0; k < categories; k++)
            {
                p[row + k] = Math.Exp(z[row + k] - peak);
                norm += p[row + k];
            }

            for (int k = 0; k < categories; k++)
            {
                p[row + k] /= norm;
            }
        }

        return p;
    }
}
