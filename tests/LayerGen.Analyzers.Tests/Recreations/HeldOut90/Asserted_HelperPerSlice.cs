// Idiom: Debug.Assert invariants around the steps (finite peak, normaliser >= 1, probabilities in [0, 1]); helpers given one slice.
// Use: library softmax with debug-only invariant checks.
// Layout: flat double[rows * width], row-major; helpers take x.AsSpan(offset, width).
// Correct.
// Our own code.
using System;
using System.Diagnostics;

namespace HeldOut90.Asserted_HelperPerSlice;

public static class AssertedSoftmax
{
    public static double[] Rows(double[] x, int width)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Debug.Assert(x.Length % width == 0, "whole rows only");
        var y = new double[x.Length];
        for (int offset = 0; offset < x.Length; offset += width)
        {
            ReadOnlySpan<double> slice = x.AsSpan(offset, width);
            double peak = Peak(slice);
            Debug.Assert(double.IsFinite(peak), "finite logits expected");
            double norm = SumShifted(slice, peak);
            Debug.Assert(norm >= 1.0, "the peak term alone contributes 1");
            for (int j = 0; j < width; j++)
            {
                y[offset + j] = Math.Exp(slice[j] - peak) / norm;
                Debug.Assert(y[offset + j] is >= 0.0 and <= 1.0);
            }
        }

        return y;
    }

    private static double Peak(ReadOnlySpan<double> s)
    {
        double p = s[0];
        for (int i = 1; i < s.Length; i++)
        {
            p = Math.Max(p, s[i]);
        }

        return p;
    }

    private static double SumShifted(ReadOnlySpan<double> s, double shift)
    {
        double total = 0;
        foreach (double v in s)
        {
            total += Math.Exp(v - shift);
        }

        return total;
    }
}
