// Idiom: reversed strength-reduced offset driving a helper — `for (int o = x.Length - n; o >= 0; o -= n)` passes
// (start, count) of one row to a private normaliser.
// Use: batched row softmax built from a (buffer, start, count) kernel.
// Layout: flat double[] row-major, rows * n; returns a new array.
// Bug: the kernel exponentiates the raw logits, no max subtracted (overflow above ~709).
// Our own code.
using System;

namespace HeldOut79.SliceHelper_RawExpReversedOffsets;

public static class RangeKernel
{
    public static double[] Forward(double[] x, int n)
    {
        var y = new double[x.Length];
        for (int o = x.Length - n; o >= 0; o -= n) Normalise(x, y, o, n);
        return y;
    }

    private static void Normalise(double[] x, double[] y, int start, int count)
    {
        int end = start + count;
        double total = 0;
        for (int i = start; i < end; i++) total += y[i] = Math.Exp(x[i]); //~ LG0003
        for (int i = start; i < end; i++) y[i] /= total;
    }
}
