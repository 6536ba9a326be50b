// Source: rational-quadratic neural spline flows (Durkan et al. 2019; nflows), with the peak read off a flat span
// over the whole parameter block.
// Layout: float[dims, bins] viewed through MemoryMarshal.CreateReadOnlySpan for the peak.
// Bug: LG0001 — the shift is the maximum over every dimension's bins.
using System;
using System.Runtime.InteropServices;

namespace LayerGen.Recreations.HeldOut13;

public static class SplineFlow_MaxOverAllDims
{
    public static float[,] Widths(float[,] unnormalised, float minBinWidth)
    {
        int dims = unnormalised.GetLength(0), bins = unnormalised.GetLength(1);
        ReadOnlySpan<float> all = MemoryMarshal.CreateReadOnlySpan(ref unnormalised[0, 0], unnormalised.Length);
        float peak = float.NegativeInfinity;
        foreach (float u in all)
            peak = MathF.Max(peak, u); //~ LG0001

        var widths = new float[dims, bins];
        for (int d = 0; d < dims; d++)
        {
            float total = 0f;
            for (int b = 0; b < bins; b++)
                total += widths[d, b] = MathF.Exp(unnormalised[d, b] - peak);
            for (int b = 0; b < bins; b++)
                widths[d, b] = minBinWidth + (1f - minBinWidth * bins) * (widths[d, b] / total);
        }
        return widths;
    }
}
