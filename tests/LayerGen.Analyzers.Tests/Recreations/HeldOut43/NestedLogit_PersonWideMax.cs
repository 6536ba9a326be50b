// Idiom: nested logit, within-nest probabilities with the utilities shifted by the person's best alternative
// Layout: jagged double[persons][alternatives] utilities, nests as int[][] lists of alternative indices
// Bug (LG0001): the shift is the max over all of the person's alternatives, not over the nest being normalised
using System;
using System.Linq;

namespace HeldOut43.NestedLogit_PersonWideMax;

public static class NestedLogitJagged
{
    public static double[][] WithinNest(double[][] v, int[][] nests, double[] lambda)
    {
        var cond = new double[v.Length][];
        for (int n = 0; n < v.Length; n++)
        {
            cond[n] = new double[v[n].Length];
            double top = v[n].Max(); //~ LG0001
            for (int k = 0; k < nests.Length; k++)
            {
                int[] members = nests[k];
                double denom = 0.0;
                foreach (int j in members)
                {
                    cond[n][j] = Math.Exp((v[n][j] - top) / lambda[k]);
                    denom += cond[n][j];
                }

                foreach (int j in members)
                    cond[n][j] /= denom;
            }
        }

        return cond;
    }
}
