// Source: column-major course code in C# (Z = W·X with double[classes, batch], Ng-course ports): softmax per sample
// (per column), the max taken with LINQ over the 2-D array.
// Layout: double[classes, batch]; `Cast<double>().Max()` over the matrix; per-column sums.
// Bug: the LINQ max spans every sample of the batch, not the column being normalised.
using System;
using System.Linq;

namespace LayerGen.HeldOut4.ColumnMajor2DCastMax;

public static class ColumnSoftmax
{
    public static double[,] Forward(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        double m = z.Cast<double>().Max(); //~ LG0001
        var a = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double s = 0.0;
            for (int k = 0; k < classes; k++)
            {
                a[k, b] = Math.Exp(z[k, b] - m);
                s += a[k, b];
            }

            for (int k = 0; k < classes; k++)
                a[k, b] /= s;
        }

        return a;
    }
}
