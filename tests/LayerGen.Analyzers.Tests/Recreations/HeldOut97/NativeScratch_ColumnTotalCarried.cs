// Idiom: NativeMemory.AllocZeroed scratch column, pointer indexing, free in finally.
// Use: decoder output kept class-major ([classes, batch], Z = W·X) by a BLAS-style native pipeline.
// Layout: flat double[classes * batch], column-major: sample b's class c at z[c * batch + b]; softmax over each column.
// Bug (LG0002): the normaliser `total` is declared once before the sample loop and never reset, so every column after
// the first is divided by the sum of all columns so far.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.NativeScratch_ColumnTotalCarried;

public static unsafe class ColumnSoftmax
{
    public static double[] Apply(double[] z, int classes, int batch)
    {
        var p = new double[z.Length];
        double* col = (double*)NativeMemory.AllocZeroed((nuint)(classes * sizeof(double)));
        try
        {
            double total = 0.0;
            for (int b = 0; b < batch; b++)
            {
                double top = z[b];
                for (int c = 1; c < classes; c++)
                {
                    double v = z[c * batch + b];
                    if (v > top) top = v;
                }

                for (int c = 0; c < classes; c++)
                {
                    col[c] = Math.Exp(z[c * batch + b] - top);
                    total += col[c]; //~ LG0002
                }

                for (int c = 0; c < classes; c++)
                    p[c * batch + b] = col[c] / total;
            }
        }
        finally
        {
            NativeMemory.Free(col);
        }

        return p;
    }
}
