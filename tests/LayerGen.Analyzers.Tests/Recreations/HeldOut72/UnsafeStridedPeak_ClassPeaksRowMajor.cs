// known gap: a per-class peak folded in a ref helper walking Unsafe.Add(ref first, k * stride) is not read, so nothing is reported
// gap: -LG0004@26
// Idiom: a strided ref helper StridedPeak(ref first, count, stride) walking Unsafe.Add(ref first, k * stride);
// the peaks loaded back as a vector (Vector256.LoadUnsafe over the peak array) and subtracted block-wise before
// Vector256.Exp; per-row sums.
// Use: scorer that "normalises per class" before a per-sample softmax.
// Layout: flat double[batch * classes], row-major; peaks double[classes].
// Bug (LG0004): StridedPeak is called per class with stride `classes`, so each peak runs over the batch (a column),
// while the sum runs over the classes of one row: max and sum over different axes. Marked at the fold in the helper.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.UnsafeStridedPeak_ClassPeaksRowMajor;

public static class StridedScorer
{
    private static double StridedPeak(ref double first, int count, int stride)
    {
        double peak = double.NegativeInfinity;
        for (int k = 0; k < count; k++)
        {
            double v = Unsafe.Add(ref first, k * stride);
            if (v > peak) //~ LG0004
            {
                peak = v;
            }
        }

        return peak;
    }

    public static void Apply(double[] x, double[] y, int batch, int classes)
    {
        ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref double y0 = ref MemoryMarshal.GetArrayDataReference(y);
        double[] peaks = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            peaks[c] = StridedPeak(ref Unsafe.Add(ref x0, c), batch, classes);
        }

        ref double m0 = ref MemoryMarshal.GetArrayDataReference(peaks);
        int w = Vector256<double>.Count;
        for (int r = 0; r < batch; r++)
        {
            ref double row = ref Unsafe.Add(ref x0, r * classes);
            ref double dst = ref Unsafe.Add(ref y0, r * classes);
            Vector256<double> acc = Vector256<double>.Zero;
            int j = 0;
            for (; j + w <= classes; j += w)
            {
                Vector256<double> e = Vector256.Exp(Vector256.LoadUnsafe(ref row, (nuint)j) - Vector256.LoadUnsafe(ref m0, (nuint)j));
                e.StoreUnsafe(ref dst, (nuint)j);
                acc += e;
            }

            double sum = Vector256.Sum(acc);
            for (; j < classes; j++)
            {
                Unsafe.Add(ref dst, j) = Math.Exp(Unsafe.Add(ref row, j) - peaks[j]);
                sum += Unsafe.Add(ref dst, j);
            }

            for (j = 0; j < classes; j++)
            {
                Unsafe.Add(ref dst, j) /= sum;
            }
        }
    }
}
