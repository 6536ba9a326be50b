// Idiom: C# 14 extension block on double[] with a LINQ/collection-expression body.
// Use: `flat.SoftmaxPerSample(classes)` over a flat batch.
// Layout: flat double[batch * classes], row-major.
// Bug (LG0004): peaks are taken per class over the batch (Range(0, batch).Max(b => ...)), the sums per sample over the
// classes.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut95.ExtensionBlocks_ClassPeaksLinq;

public static class FlatBatchExtensions
{
    extension(double[] flat)
    {
        public double[] SoftmaxPerSample(int classes)
        {
            int batch = flat.Length / classes;
            double[] peaks = [.. Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, batch).Max(b => flat[b * classes + c]))]; //~ LG0004
            var y = new double[flat.Length];
            for (int b = 0; b < batch; b++)
            {
                double sum = 0;
                for (int c = 0; c < classes; c++)
                    sum += y[b * classes + c] = Math.Exp(flat[b * classes + c] - peaks[c]);
                for (int c = 0; c < classes; c++)
                    y[b * classes + c] /= sum;
            }
            return y;
        }
    }
}
