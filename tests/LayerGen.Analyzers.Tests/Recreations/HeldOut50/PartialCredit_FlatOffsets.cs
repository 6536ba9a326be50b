// Idiom: generalized partial credit probabilities for a whole test packed the way calibration programs store item
// parameters: every item's step parameters in one flat array with an offsets table, categories packed likewise;
// the running numerator is exponentiated as it is accumulated, with no shift.
// Layout: flat double[] steps + int[] stepStart (items + 1 entries); item i's categories at stepStart[i] + i.
// Bug: LG0003 (exp of the unshifted cumulative numerator overflows for theta - b of a few hundred).
using System;

namespace HeldOut50.PartialCredit_FlatOffsets;

public static class PackedGpcm
{
    public static double[] Probabilities(double theta, double[] slope, double[] location, double[] steps, int[] stepStart)
    {
        int items = slope.Length;
        var p = new double[steps.Length + items];
        for (int i = 0; i < items; i++)
        {
            int first = stepStart[i] + i;
            int count = stepStart[i + 1] - stepStart[i] + 1;
            double numerator = 0.0, denominator = 0.0;
            for (int k = 0; k < count; k++)
            {
                if (k > 0)
                {
                    numerator += slope[i] * (theta - location[i] + steps[stepStart[i] + k - 1]);
                }

                p[first + k] = Math.Exp(numerator); //~ LG0003
                denominator += p[first + k];
            }

            for (int k = 0; k < count; k++)
            {
                p[first + k] /= denominator;
            }
        }

        return p;
    }
}
