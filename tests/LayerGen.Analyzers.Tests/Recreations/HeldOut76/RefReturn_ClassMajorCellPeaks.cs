// Idiom: a struct with a ref-returning `Cell(c, b)` over a class-major buffer (one column per sample, as `Z = W·X`
// produces it); peaks folded through the returned reference.
// Use: per-sample softmax over the classes. Layout: double[classes * batch], class-major (cell (c, b) at c * batch + b).
// Bug (LG0004): the peak is folded per class over the batch, the normaliser per sample over the classes.
// Our own code.
using System;

namespace HeldOut76.RefReturn_ClassMajorCellPeaks;

public readonly struct Activations(double[] data, int classes, int batch)
{
    public int Classes => classes;

    public int Batch => batch;

    public ref double Cell(int c, int b) => ref data[c * batch + b];
}

public static class ColumnSoftmax
{
    public static void InPlace(Activations z)
    {
        var peak = new double[z.Classes];
        for (int c = 0; c < z.Classes; c++)
        {
            peak[c] = double.NegativeInfinity;
            for (int b = 0; b < z.Batch; b++)
            {
                peak[c] = Math.Max(peak[c], z.Cell(c, b)); //~ LG0004
            }
        }

        for (int b = 0; b < z.Batch; b++)
        {
            double norm = 0.0;
            for (int c = 0; c < z.Classes; c++)
            {
                ref double v = ref z.Cell(c, b);
                v = Math.Exp(v - peak[c]);
                norm += v;
            }

            for (int c = 0; c < z.Classes; c++)
            {
                z.Cell(c, b) /= norm;
            }
        }
    }
}
