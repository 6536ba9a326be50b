// Source: Bock's nominal response model (IRT category probabilities), re-created as a table computed for a whole
// test at once, with per-item maxima kept in an array.
// Layout: double[items, categories] slopes/intercepts, double[] zMax per item.
// Bug (LG0002): one normaliser is accumulated over every category of every item, not per item.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class NominalResponseIrt_TotalOverItems
{
    public static double[,] CategoryProbabilities(double[,] slope, double[,] intercept, double theta)
    {
        int items = slope.GetLength(0);
        int categories = slope.GetLength(1);
        var zMax = new double[items];
        for (int i = 0; i < items; i++)
        {
            zMax[i] = double.NegativeInfinity;
            for (int c = 0; c < categories; c++)
            {
                zMax[i] = Math.Max(zMax[i], slope[i, c] * theta + intercept[i, c]);
            }
        }

        var p = new double[items, categories];
        double total = 0.0;
        for (int i = 0; i < items; i++)
        {
            for (int c = 0; c < categories; c++)
            {
                p[i, c] = Math.Exp(slope[i, c] * theta + intercept[i, c] - zMax[i]);
                total += p[i, c]; //~ LG0002
            }
        }

        for (int i = 0; i < items; i++)
        {
            for (int c = 0; c < categories; c++)
            {
                p[i, c] /= total;
            }
        }

        return p;
    }
}
