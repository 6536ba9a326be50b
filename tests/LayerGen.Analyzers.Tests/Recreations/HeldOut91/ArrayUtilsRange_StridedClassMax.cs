// Idiom: a Java-style port with a static `getColumnMax(double[] a, int col, int stride)` written inline as a stride loop
// (`for (int k = c; k < a.length; k += numClasses)`) to fill `double[] maxByClass`, rows then walked by `offset`.
// Use: per-sample class probabilities. Layout: flat row-major double[samples * classes]; Math.Exp.
// Bug LG0004: the max runs down each class column (across samples) while the sum runs along each sample's row.
// Our own code.
using System;

namespace HeldOut91.ArrayUtilsRange_StridedClassMax;

public static class StridedSoftmax
{
    public static double[] probabilities(double[] a, int numClasses)
    {
        double[] maxByClass = new double[numClasses];
        for (int c = 0; c < numClasses; c++)
        {
            double best = double.NegativeInfinity;
            for (int k = c; k < a.Length; k += numClasses)
            {
                best = Math.Max(best, a[k]); //~ LG0004
            }
            maxByClass[c] = best;
        }
        double[] p = new double[a.Length];
        for (int offset = 0; offset < a.Length; offset += numClasses)
        {
            double z = 0;
            for (int c = 0; c < numClasses; c++)
            {
                p[offset + c] = Math.Exp(a[offset + c] - maxByClass[c]);
                z += p[offset + c];
            }
            for (int c = 0; c < numClasses; c++) p[offset + c] /= z;
        }
        return p;
    }
}
