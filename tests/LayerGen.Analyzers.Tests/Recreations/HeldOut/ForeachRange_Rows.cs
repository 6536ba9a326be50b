// Re-creation (our own code) of the LINQ-flavoured loops of j1sk1ss/FotNET.PETPRJ applied to a flat batch: the row
// loop is `foreach (int r in Enumerable.Range(0, rows))`, the row maximum a LINQ Max over a Skip/Take window.
// Layout: flat double[], rows via Enumerable.Range, max via x.Skip(r * cols).Take(cols).Max(). Correct.
using System;
using System.Linq;

namespace HeldOut.ForeachRangeRows;

public static class RangeRowSoftmax
{
    public static double[] Forward(double[] x, int cols)
    {
        int rows = x.Length / cols;
        var y = new double[x.Length];
        foreach (int r in Enumerable.Range(0, rows))
        {
            double max = x.Skip(r * cols).Take(cols).Max();
            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(x[r * cols + j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }

        return y;
    }
}
