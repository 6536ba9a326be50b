// Source: rational-quadratic neural spline flows (Durkan et al. 2019; bayesiains/nflows
// `rational_quadratic_spline`): unnormalised bin widths → softmax over bins → min_bin_width + (1 − min·K)·w, then
// cumulative knots.
// Layout: float[dims, bins] unnormalised widths, per-dimension peak kept in a local, knots float[dims, bins + 1].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class SplineFlow_BinWidths
{
    public static float[,] Widths(float[,] unnormalised, float minBinWidth, out float[,] knots)
    {
        int dims = unnormalised.GetLength(0), bins = unnormalised.GetLength(1);
        var widths = new float[dims, bins];
        knots = new float[dims, bins + 1];
        for (int d = 0; d < dims; d++)
        {
            float peak = unnormalised[d, 0];
            for (int b = 1; b < bins; b++)
                peak = peak > unnormalised[d, b] ? peak : unnormalised[d, b];

            float total = 0f;
            for (int b = 0; b < bins; b++)
                total += widths[d, b] = MathF.Exp(unnormalised[d, b] - peak);

            float cumulative = 0f;
            for (int b = 0; b < bins; b++)
            {
                widths[d, b] = minBinWidth + (1f - minBinWidth * bins) * (widths[d, b] / total);
                cumulative += widths[d, b];
                knots[d, b + 1] = cumulative;
            }
        }
        return widths;
    }
}
