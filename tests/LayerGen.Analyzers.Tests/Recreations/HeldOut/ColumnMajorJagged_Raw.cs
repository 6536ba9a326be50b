// Variant (our own code) of the jagged column-major output layer (z[class][sample], after olegtarasov/Retia's
// SoftMax.cs, which itself subtracts nothing): each column's raw values are exponentiated and divided by the
// column sum.
// Layout: jagged double[classes][batch]. Bug (LG0003).
using System;

namespace HeldOut.ColumnMajorJaggedRaw;

public static class OutputLayer
{
    public static double[][] Activate(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var a = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            a[c] = new double[batch];
        }

        for (int s = 0; s < batch; s++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                a[c][s] = Math.Exp(z[c][s]); //~ LG0003
                sum += a[c][s];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c][s] /= sum;
            }
        }

        return a;
    }
}
