// Variant (our own code) of the jagged row-major softmax of ameritusweb/ParallelReverseAutoDiff (SoftmaxOperation over
// double[][] rows) where the maxima were taken per column (colMax[j] over the rows), as for a column softmax, while
// the sums stay per row.
// Layout: jagged double[rows][cols]. Bug (LG0004): max over rows (per column), sum over columns (per row).
using System;

namespace HeldOut.JaggedColumnMaxRowSum;

public static class RowSoftmax
{
    public static double[][] Forward(double[][] x)
    {
        int cols = x[0].Length;
        var colMax = new double[cols];
        Array.Fill(colMax, double.NegativeInfinity);
        foreach (double[] row in x)
        {
            for (int j = 0; j < cols; j++)
            {
                colMax[j] = Math.Max(colMax[j], row[j]); //~ LG0004
            }
        }

        var result = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = new double[cols];
            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                result[i][j] = Math.Exp(x[i][j] - colMax[j]);
                sum += result[i][j];
            }

            for (int j = 0; j < cols; j++)
            {
                result[i][j] /= sum;
            }
        }

        return result;
    }
}
