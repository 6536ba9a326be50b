// Idiom: marginal ancestral states per alignment site over A/C/G/T, from a flat buffer of log conditional likelihoods
// as likelihood libraries lay out their partials (site-major, four states per site).
// Layout: flat double[] site-major, element (site, base) at site * 4 + base; double[4] peak array; Math.Exp.
// Bug LG0004: `peak[b]` is folded per base over all the sites, while each site's sum runs over its four bases: max and
// sum over different axes.
using System;

namespace HeldOut47.AncestralStates_FlatPeakPerBase;

public static class FlatPartials
{
    private const int States = 4;

    public static double[] Marginals(double[] logPartials, int sites)
    {
        var peak = new double[States];
        for (int b = 0; b < States; b++)
        {
            peak[b] = double.NegativeInfinity;
        }

        for (int s = 0; s < sites; s++)
        {
            for (int b = 0; b < States; b++)
            {
                if (logPartials[s * States + b] > peak[b]) peak[b] = logPartials[s * States + b]; //~ LG0004
            }
        }

        var marginal = new double[sites * States];
        for (int s = 0; s < sites; s++)
        {
            int o = s * States;
            double z = 0.0;
            for (int b = 0; b < States; b++)
            {
                marginal[o + b] = Math.Exp(logPartials[o + b] - peak[b]);
                z += marginal[o + b];
            }

            for (int b = 0; b < States; b++)
            {
                marginal[o + b] /= z;
            }
        }

        return marginal;
    }
}
