// Idiom: lazy row view `Enumerable.Range(0, cols).Select(j => x[r, j])` enumerated for the Max, then the shifted exps
// materialised once with ToArray before Sum and the division.
// Use: softmax per row of a rectangular matrix without copying rows by hand.
// Layout: double[rows, cols] row-major; softmax along each row.
// Correct: the lazy view is one row; max and sum are per row; the materialised boundary avoids a second exp pass.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.LazyMaterialise_ToArrayBoundary;

public static class MaterialisedRows
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            IEnumerable<double> row = Enumerable.Range(0, cols).Select(j => x[r, j]);
            double max = row.Max();
            double[] exps = row.Select(v => Math.Exp(v - max)).ToArray();
            double sum = exps.Sum();
            for (int j = 0; j < cols; j++) y[r, j] = exps[j] / sum;
        }
        return y;
    }
}
