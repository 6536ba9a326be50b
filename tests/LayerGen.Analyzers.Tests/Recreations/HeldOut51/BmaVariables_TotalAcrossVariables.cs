// Idiom: BMA weights from BIC per variable, minimum found with a while loop, weights written into a jagged table; the
// running total is declared above the variable loop and never reset.
// Use: weighting ensemble members per climate variable.
// Layout: jagged double[variable][model] BIC in, jagged weights out.
// Bug LG0002: the normaliser keeps summing across variables; every variable after the first is divided by the total of
// all variables so far.
using System;

namespace HeldOut51.BmaVariables_TotalAcrossVariables;

public static class EnsembleWeights
{
    public static double[][] Weights(double[][] bic)
    {
        var weights = new double[bic.Length][];
        double total = 0.0;
        for (int v = 0; v < bic.Length; v++)
        {
            double[] row = bic[v];
            double best = row[0];
            int m = 1;
            while (m < row.Length)
            {
                if (row[m] < best) best = row[m];
                m++;
            }

            weights[v] = new double[row.Length];
            for (m = 0; m < row.Length; m++)
            {
                weights[v][m] = Math.Exp(-0.5 * (row[m] - best));
                total += weights[v][m]; //~ LG0002
            }

            for (m = 0; m < row.Length; m++)
            {
                weights[v][m] /= total;
            }
        }

        return weights;
    }
}
