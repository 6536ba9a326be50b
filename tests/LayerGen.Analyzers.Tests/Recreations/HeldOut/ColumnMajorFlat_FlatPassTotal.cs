// Variant (our own code) of the column-major flat softmax (olegtarasov/Retia layout, element (c, s) at c * batch + s)
// with the normalisation moved into one flat pass after the sample loop, `for k < p.Length: p[k] /= total`, so the
// total of every sample's exps is the denominator of all of them.
// Layout: flat double[classes * batch], strided columns, flat normalisation pass. Bug (LG0002).
using System;

namespace HeldOut.ColumnMajorFlatFlatPassTotal;

public static class StridedSoftmax
{
    public static double[] Forward(double[] z, int classes, int batch)
    {
        var p = new double[z.Length];
        double total = 0;
        for (int s = 0; s < batch; s++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = Math.Max(max, z[c * batch + s]);
            }

            for (int c = 0; c < classes; c++)
            {
                p[c * batch + s] = Math.Exp(z[c * batch + s] - max);
                total += p[c * batch + s]; //~ LG0002
            }
        }

        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= total;
        }

        return p;
    }
}
