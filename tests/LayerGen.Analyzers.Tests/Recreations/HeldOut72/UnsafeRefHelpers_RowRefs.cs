// Idiom: ref-based helpers over one row: PeakOf(ref start, count) with Vector256.LoadUnsafe and an Unsafe.Add tail,
// ExpShifted(ref src, ref dst, count, shift) returning the sum, Scale(ref dst, count, factor); the caller hands each
// helper `ref Unsafe.Add(ref x0, r * classes)` and `classes`.
// Use: hot loop of a classifier written against refs to avoid bounds checks.
// Layout: flat float[batch * classes], row-major.
// Correct: every helper is given exactly one row; the shift inside ExpShifted is that row's peak.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.UnsafeRefHelpers_RowRefs;

public static class RefKernels
{
    private static float PeakOf(ref float start, int count)
    {
        Vector256<float> acc = Vector256.Create(float.NegativeInfinity);
        int i = 0;
        for (; i + Vector256<float>.Count <= count; i += Vector256<float>.Count)
        {
            acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref start, (nuint)i));
        }

        float peak = float.NegativeInfinity;
        for (int l = 0; l < Vector256<float>.Count; l++)
        {
            peak = MathF.Max(peak, acc.GetElement(l));
        }

        for (; i < count; i++)
        {
            peak = MathF.Max(peak, Unsafe.Add(ref start, i));
        }

        return peak;
    }

    private static float ExpShifted(ref float src, ref float dst, int count, float shift)
    {
        Vector256<float> vs = Vector256.Create(shift);
        Vector256<float> acc = Vector256<float>.Zero;
        int i = 0;
        for (; i + Vector256<float>.Count <= count; i += Vector256<float>.Count)
        {
            Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - vs);
            e.StoreUnsafe(ref dst, (nuint)i);
            acc += e;
        }

        float sum = Vector256.Sum(acc);
        for (; i < count; i++)
        {
            float e = MathF.Exp(Unsafe.Add(ref src, i) - shift);
            Unsafe.Add(ref dst, i) = e;
            sum += e;
        }

        return sum;
    }

    private static void Scale(ref float dst, int count, float factor)
    {
        for (int i = 0; i < count; i++)
        {
            Unsafe.Add(ref dst, i) *= factor;
        }
    }

    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref float y0 = ref MemoryMarshal.GetArrayDataReference(y);
        for (int r = 0; r < batch; r++)
        {
            ref float row = ref Unsafe.Add(ref x0, r * classes);
            ref float outRow = ref Unsafe.Add(ref y0, r * classes);
            float peak = PeakOf(ref row, classes);
            float sum = ExpShifted(ref row, ref outRow, classes, peak);
            Scale(ref outRow, classes, 1f / sum);
        }
    }
}
