// Source: Hopfield pooling over stored patterns (ml-jku hopfield-layers "HopfieldPooling" family), re-created.
// Layout: jagged double[query][pattern]; the max is taken over the raw similarities and beta scales the shifted value.
// Correct: beta > 0, so exp(beta * (s - max s)) is the shifted exp of beta * s; one max per query row.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class HopfieldRetrieval_MaxBeforeBeta
{
    public static double[][] Pool(double[][] similarity, double beta)
    {
        if (beta <= 0) throw new ArgumentOutOfRangeException(nameof(beta));
        var result = new double[similarity.Length][];
        for (int q = 0; q < similarity.Length; q++)
        {
            double[] row = similarity[q];
            double best = row[0];
            for (int n = 1; n < row.Length; n++) best = Math.Max(best, row[n]);

            var weights = new double[row.Length];
            double total = 0;
            for (int n = 0; n < row.Length; n++)
            {
                weights[n] = Math.Exp(beta * (row[n] - best));
                total += weights[n];
            }

            for (int n = 0; n < row.Length; n++) weights[n] /= total;
            result[q] = weights;
        }
        return result;
    }
}
