// Variant (our own code) of the column-major output layer of ColumnMajor_ZwxPerColumn.cs
// (dani2442/ConcursoModelizacion Softmax.h; olegtarasov/Retia SoftMax.cs layout) as someone used to
// row-major batches writes it: the max is taken along each ROW of z[classes, batch] (one class across all
// samples) while the sum correctly runs down each column (one sample's classes).
// Bug (LG0004): max over the batch axis, sum over the class axis; the shift no longer cancels, so the output
// is not a softmax at all and overflows when one sample's logits sit far above another's.
using System;

namespace Recreations.ColumnMajorMaxPerRowSumPerColumn;

public static class OutputLayer
{
    public static double[,] Activate(double[,] z)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var rowMax = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            rowMax[k] = double.NegativeInfinity;
            for (int s = 0; s < samples; s++)
            {
                rowMax[k] = Math.Max(rowMax[k], z[k, s]); //~ LG0004
            }
        }

        var a = new double[classes, samples];
        for (int s = 0; s < samples; s++)
        {
            double colSum = 0;
            for (int k = 0; k < classes; k++)
            {
                a[k, s] = Math.Exp(z[k, s] - rowMax[k]);
                colSum += a[k, s];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= colSum;
            }
        }

        return a;
    }
}
