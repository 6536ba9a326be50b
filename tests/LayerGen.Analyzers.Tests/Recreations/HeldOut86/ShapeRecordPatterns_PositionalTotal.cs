// Idiom: positional pattern with relational subpatterns on a record struct (`dims is (> 0 and var classes, > 0 and var batch)`)
// Use: softmax of a column-major activation matrix (Z = W·X), one column per sample
// Layout: flat double[classes * batch], class-major x[c * batch + b]; softmax per sample (column)
// Bug: LG0002, `norm` is one sum over every column, divided into every sample
// Our own code
using System;

namespace HeldOut86.ShapeRecordPatterns_PositionalTotal;

public readonly record struct Dims(int Classes, int Batch);

public static class ColumnSoftmax
{
    public static double[] Apply(double[] z, Dims dims)
    {
        if (dims is not (> 0 and var classes, > 0 and var batch))
        {
            return [];
        }

        var a = new double[z.Length];
        double norm = 0.0;
        for (int b = 0; b < batch; b++)
        {
            double peak = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = Math.Max(peak, z[c * batch + b]);
            }

            for (int c = 0; c < classes; c++)
            {
                a[c * batch + b] = Math.Exp(z[c * batch + b] - peak);
                norm += a[c * batch + b]; //~ LG0002
            }
        }

        for (int i = 0; i < a.Length; i++)
        {
            a[i] /= norm;
        }

        return a;
    }
}
