// known gap: a max over an array of stored per-row maxima (`rowMax.Max()`, also a foreach fold) is not read as spanning the batch
// gap: -LG0001@40
// Idiom: per-row maxima stored in an array (`rowMax[r] = x.AsSpan(r * classes, classes) switch { ... }`), then one
//        shift for the whole batch taken as the max of the stored maxima
// Use: batched softmax "stabilised across the batch"
// Layout: flat double[batch * classes], row-major
// Bug: LG0001, `shift = rowMax.Max()` is the batch peak, subtracted in every row's softmax
// Our own code
using System;
using System.Linq;

namespace HeldOut86.StoredRowMaxima_PeakOfPeaks;

public static class BatchStable
{
    private static double Top(ReadOnlySpan<double> row)
    {
        double m = double.NegativeInfinity;
        foreach (double v in row)
        {
            m = Math.Max(m, v);
        }

        return m;
    }

    public static double[] Forward(double[] x, int classes)
    {
        int batch = x.Length / classes;
        var rowMax = new double[batch];
        for (int r = 0; r < batch; r++)
        {
            rowMax[r] = x.AsSpan(r * classes, classes) switch
            {
                [var single] => single,
                var span => Top(span),
            };
        }

        double shift = rowMax.Max(); //~ LG0001
        var y = new double[x.Length];
        for (int r = 0; r < batch; r++)
        {
            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] = Math.Exp(x[r * classes + c] - shift);
                sum += y[r * classes + c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] /= sum;
            }
        }

        return y;
    }
}
