// Variant (our own code) of the jagged column-major output layer (z[class][sample], after olegtarasov/Retia's
// SoftMax.cs layout): the per-sample maxima are right (colMax[s] down each column), but the exps are then summed and
// divided per class, along the batch.
// Layout: jagged double[classes][batch]. Bug (LG0004): maximum over classes, sum over samples.
using System;

namespace HeldOut.ColumnMajorJaggedSumPerClass;

public static class OutputLayer
{
    public static double[][] Activate(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var colMax = new double[batch];
        for (int s = 0; s < batch; s++)
        {
            colMax[s] = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                colMax[s] = Math.Max(colMax[s], z[c][s]); //~ LG0004
            }
        }

        var a = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            a[c] = new double[batch];
            double sum = 0;
            for (int s = 0; s < batch; s++)
            {
                a[c][s] = Math.Exp(z[c][s] - colMax[s]);
                sum += a[c][s];
            }

            for (int s = 0; s < batch; s++)
            {
                a[c][s] /= sum;
            }
        }

        return a;
    }
}
