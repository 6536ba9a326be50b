// Idiom: fixed on a 2D double array, strided pointer walk down each column for a per-column peak array, then a row
// pointer per sample for the exponentials and the sum.
// Use: a tabular classifier's batch scoring written "for cache friendliness" with pointers.
// Layout: double[batch, classes] (row-major 2D); softmax over each row (the classes of one sample).
// Bug (LG0004): colMax[c] is the maximum of class c down the batch (over samples), while the sum runs along the row
// (over classes): max and sum over different axes.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.PointerStride_ColumnPeakRowSum;

public static unsafe class TabularScorer
{
    public static void Softmax(double[,] x, double[,] y)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var colMax = new double[classes];

        fixed (double* px = x, py = y)
        {
            for (int c = 0; c < classes; c++)
            {
                colMax[c] = double.NegativeInfinity;
                double* q = px + c;
                for (int b = 0; b < batch; b++, q += classes)
                {
                    if (*q > colMax[c]) colMax[c] = *q; //~ LG0004
                }
            }

            for (int b = 0; b < batch; b++)
            {
                double* src = px + b * classes;
                double* dst = py + b * classes;
                double s = 0;
                for (int c = 0; c < classes; c++)
                    s += dst[c] = Math.Exp(src[c] - colMax[c]);
                for (int c = 0; c < classes; c++)
                    dst[c] /= s;
            }
        }
    }
}
