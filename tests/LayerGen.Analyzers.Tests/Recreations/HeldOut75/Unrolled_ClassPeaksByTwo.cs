// Idiom: a reduction unrolled by hand two at a time, the odd element used as the seed instead of a tail loop.
// Use: softmax over classes for every sample of a class-major activation buffer (Z = W·X, one column per sample).
// Layout: flat double[classes * batch], class-major: element (sample b, class c) at c * batch + b.
// Bug (LG0004): the unrolled peak runs along each class's row, i.e. over the batch, while the sum of sample b runs
// over the classes.
// Our own code.
using System;

namespace HeldOut75.Unrolled_ClassPeaksByTwo;

public static class ClassMajor
{
    public static double[] Softmax(double[] z, int classes, int batch)
    {
        var peak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            int row = c * batch;
            double p = (batch & 1) == 1 ? z[row + batch - 1] : double.NegativeInfinity;
            for (int b = 0; b + 1 < batch; b += 2)
                p = Math.Max(p, Math.Max(z[row + b], z[row + b + 1])); //~ LG0004
            peak[c] = p;
        }

        var a = new double[z.Length];
        for (int b = 0; b < batch; b++)
        {
            double total = 0.0;
            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] = Math.Exp(z[c * batch + b] - peak[c]);
                total += a[c * batch + b];
            }
            for (int c = 0; c < classes; c++) a[c * batch + b] /= total;
        }
        return a;
    }
}
