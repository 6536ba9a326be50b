// Idiom: a course assignment ported from NumPy with examples as columns (Z[k][n]); the student shifts with z[k].Max()
// as if a row were a sample, then sums each column.
// Layout: double[][] Z [classes][samples] (column-major: one sample is a column).
// Bug (LG0004): the max runs over the samples of class k (a row), the sum over the classes of sample n (a column).
using System;
using System.Linq;

namespace HeldOut33.ColumnMajorClassRowMax;

/// <summary>Softmax of the output layer, examples as columns.</summary>
public static class Assignment2
{
    public static double[][] Softmax(double[][] z)
    {
        int classes = z.Length;
        int samples = z[0].Length;
        double[][] a = new double[classes][];
        double[] columnSums = new double[samples];
        for (int k = 0; k < classes; k++)
        {
            double m = z[k].Max(); //~ LG0004
            a[k] = new double[samples];
            for (int n = 0; n < samples; n++)
            {
                a[k][n] = Math.Exp(z[k][n] - m);
                columnSums[n] += a[k][n];
            }
        }

        for (int k = 0; k < classes; k++)
        {
            for (int n = 0; n < samples; n++)
            {
                a[k][n] = a[k][n] / columnSums[n];
            }
        }

        return a;
    }
}
