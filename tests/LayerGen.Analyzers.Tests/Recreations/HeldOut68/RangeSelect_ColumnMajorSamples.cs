// Idiom: `Enumerable.Range(0, n)` instead of loops: `Range(0, classes).Max(c => z[c, b])` and
// `.Sum(c => Math.Exp(z[c, b] - max))` per sample, `foreach (int b in Enumerable.Range(0, batch))`. Our own code.
// Use: output layer Z = W·X, probabilities per sample. Layout: double[classes, batch] (column-major), softmax per column.
// Correct.
using System;
using System.Linq;

namespace HeldOut68.RangeSelect_ColumnMajorSamples;

public static class RangeSoftmax
{
    public static double[,] Softmax(double[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var p = new double[classes, batch];
        foreach (int b in Enumerable.Range(0, batch))
        {
            double max = Enumerable.Range(0, classes).Max(c => z[c, b]);
            double sum = Enumerable.Range(0, classes).Sum(c => Math.Exp(z[c, b] - max));
            foreach (int c in Enumerable.Range(0, classes))
                p[c, b] = Math.Exp(z[c, b] - max) / sum;
        }

        return p;
    }
}
