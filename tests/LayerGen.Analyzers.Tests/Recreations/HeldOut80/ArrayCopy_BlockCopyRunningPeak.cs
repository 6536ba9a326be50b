// Idiom: Buffer.BlockCopy of each row (byte offsets, sizeof(double)) into a scratch double[], softmax on the scratch.
// Use: normalising rows of a packed result buffer coming from native interop.
// Layout: flat row-major double[rows * cols] in and out.
// Bug: LG0001 — peak is declared above the row loop and never reset: it is the running max over rows 0..r, not row r's.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.ArrayCopy_BlockCopyRunningPeak;

public static class PackedRows
{
    public static void Normalise(double[] src, double[] dst, int cols)
    {
        int rows = src.Length / cols;
        var scratch = new double[cols];
        double peak = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            Buffer.BlockCopy(src, r * cols * sizeof(double), scratch, 0, cols * sizeof(double));
            for (int j = 0; j < cols; j++)
            {
                peak = Math.Max(peak, scratch[j]); //~ LG0001
            }

            double total = 0;
            for (int j = 0; j < cols; j++)
            {
                scratch[j] = Math.Exp(scratch[j] - peak);
                total += scratch[j];
            }

            for (int j = 0; j < cols; j++)
            {
                scratch[j] /= total;
            }

            Buffer.BlockCopy(scratch, 0, dst, r * cols * sizeof(double), cols * sizeof(double));
        }
    }
}
