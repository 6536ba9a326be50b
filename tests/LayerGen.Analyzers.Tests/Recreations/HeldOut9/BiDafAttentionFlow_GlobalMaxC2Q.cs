// Source: BiDAF context-to-query attention (allenai/bi-att-flow family), re-created as a jagged C# port that
// shifts the whole similarity matrix by its largest entry "to avoid overflow".
// Layout: double[][] similarity [T][J], row softmax over query words.
// Bug (LG0001): the max spans every context word's row, not the one row being normalised.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class BiDafAttentionFlow_GlobalMaxC2Q
{
    public static double[][] ContextToQuery(double[][] similarity)
    {
        double peak = double.NegativeInfinity;
        foreach (double[] row in similarity)
        {
            foreach (double v in row)
            {
                if (v > peak) peak = v; //~ LG0001
            }
        }

        var weights = new double[similarity.Length][];
        for (int c = 0; c < similarity.Length; c++)
        {
            double[] row = similarity[c];
            var w = new double[row.Length];
            double total = 0.0;
            for (int q = 0; q < row.Length; q++)
            {
                w[q] = Math.Exp(row[q] - peak);
                total += w[q];
            }

            for (int q = 0; q < row.Length; q++)
            {
                w[q] /= total;
            }

            weights[c] = w;
        }

        return weights;
    }
}
