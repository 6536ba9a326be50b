// Variant (our own code) of the jagged column-major output layer (z[class][sample], olegtarasov/Retia's column-per-
// sample layout): the maximum is taken over every class of every sample before the per-sample softmax.
// Layout: jagged double[classes][batch]. Bug (LG0001): the maximum spans every sample.
using System;

namespace HeldOut.ColumnMajorJaggedGlobalMax;

public static class OutputLayer
{
    public static double[][] Activate(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        double max = double.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                max = Math.Max(max, z[c][s]); //~ LG0001
            }
        }

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
                a[c][s] = Math.Exp(z[c][s] - max);
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
