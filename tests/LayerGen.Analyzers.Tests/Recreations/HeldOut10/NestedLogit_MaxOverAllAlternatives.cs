// Re-creation (our own code) of the shape of a nested logit's within-nest probabilities (Train, ch. 4; Biogeme-style
// nested logit), written with LINQ for the shift.
// Layout: CSR nests over one double[] of utilities, nestStart[m] .. nestStart[m + 1).
// Bug (LG0001): the shift is the best utility of the whole choice set, not of the nest; a nest far below the best
// alternative underflows to 0 / 0.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class NestedLogitMaxOverAllAlternatives
{
    public static void ConditionalProbabilities(double[] utility, int[] nestStart, double[] lambda, double[] conditional)
    {
        double best = utility.Max(); //~ LG0001
        for (int m = 0; m < nestStart.Length - 1; m++)
        {
            double sum = 0.0;
            for (int j = nestStart[m]; j < nestStart[m + 1]; j++)
            {
                conditional[j] = Math.Exp((utility[j] - best) / lambda[m]);
                sum += conditional[j];
            }

            for (int j = nestStart[m]; j < nestStart[m + 1]; j++)
                conditional[j] /= sum;
        }
    }
}
