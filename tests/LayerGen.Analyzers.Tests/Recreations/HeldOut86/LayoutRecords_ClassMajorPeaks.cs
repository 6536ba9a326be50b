// Idiom: positional deconstruction of a layout record struct (`grid is not (var classes and > 0, var batch)`),
//        `Array.ConvertAll(x, cls => cls.Max())`
// Use: softmax over classes for each sample of a class-major jagged buffer
// Layout: jagged double[classes][batch] (one inner array per class); softmax per sample b over the classes
// Bug: LG0004, each class row's `.Max()` is a peak over the batch, subtracted in the per-sample softmax over the classes
// Our own code
using System;
using System.Linq;

namespace HeldOut86.LayoutRecords_ClassMajorPeaks;

public readonly record struct Grid(int Classes, int Batch);

public static class ClassMajor
{
    public static double[][] Softmax(double[][] x, Grid grid)
    {
        if (grid is not (var classes and > 0, var batch))
        {
            return [];
        }

        double[] peaks = Array.ConvertAll(x, cls => cls.Max()); //~ LG0004
        var y = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            y[c] = new double[batch];
        }

        for (int b = 0; b < batch; b++)
        {
            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                y[c][b] = Math.Exp(x[c][b] - peaks[c]);
                z += y[c][b];
            }

            for (int c = 0; c < classes; c++)
            {
                y[c][b] /= z;
            }
        }

        return y;
    }
}
