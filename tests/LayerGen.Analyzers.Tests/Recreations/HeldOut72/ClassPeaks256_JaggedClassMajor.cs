// Idiom: Vector256<double> lane fold along a contiguous class row of a class-major jagged array, merged with
// Vector256.Max over GetLower/GetUpper halves, scalar tail; then a per-sample softmax down the classes.
// Use: per-sample probabilities from scores stored one array per class.
// Layout: jagged double[classes][batch] (z[c][b]), output the same shape.
// Bug (LG0004): the peak of class c is folded over the batch (along z[c]), while the sum runs over the classes of
// one sample: max and sum run over different axes.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.ClassPeaks256_JaggedClassMajor;

public static class PerClassPeaks
{
    public static double[][] Softmax(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var peak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            ref double zc = ref MemoryMarshal.GetArrayDataReference(z[c]);
            Vector256<double> fold = Vector256.Create(double.NegativeInfinity);
            int b = 0;
            for (; b + Vector256<double>.Count <= batch; b += Vector256<double>.Count)
            {
                fold = Vector256.Max(fold, Vector256.LoadUnsafe(ref zc, (nuint)b)); //~ LG0004
            }

            Vector128<double> half = Vector128.Max(fold.GetLower(), fold.GetUpper());
            double best = Math.Max(half.GetElement(0), half.GetElement(1));
            for (; b < batch; b++)
            {
                best = Math.Max(best, z[c][b]);
            }

            peak[c] = best;
        }

        var p = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            p[c] = new double[batch];
        }

        for (int b = 0; b < batch; b++)
        {
            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                p[c][b] = Math.Exp(z[c][b] - peak[c]);
                sum += p[c][b];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c][b] /= sum;
            }
        }

        return p;
    }
}
