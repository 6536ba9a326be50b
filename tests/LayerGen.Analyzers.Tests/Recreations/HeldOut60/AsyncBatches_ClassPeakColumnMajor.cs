// HeldOut60 — idiom: an async method that fans out with Task.WhenAll over a column-major activation matrix
// (Z = W·X output of a dense layer, [classes, batch]; one task per class for the peaks, one per sample for the softmax).
// Layout: double[classes, batch] column-major; each softmax runs down a column (over classes).
// Bug (LG0004): the peak is per class across the batch (along a row), the sum per sample over the classes.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut60.AsyncBatches_ClassPeakColumnMajor;

public static class DenseHead
{
    public static async Task<double[,]> NormaliseAsync(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var peak = new double[classes];
        await Task.WhenAll(Enumerable.Range(0, classes).Select(k => Task.Run(() =>
        {
            peak[k] = double.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                peak[k] = Math.Max(peak[k], z[k, b]); //~ LG0004
            }
        })));

        var a = new double[classes, batch];
        await Task.WhenAll(Enumerable.Range(0, batch).Select(b => Task.Run(() =>
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                a[k, b] = Math.Exp(z[k, b] - peak[k]);
                sum += a[k, b];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, b] /= sum;
            }
        })));
        return a;
    }
}
