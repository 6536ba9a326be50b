// expect: gradient
// Savitzky–Golay smoothing, quadratic fit over 5 points (coefficients −3, 12, 17, 12, −3 over 35 in a static
// readonly table) on the interior of the row through a 5-wide Span window, and the first derivative filter
// (−2, −1, 0, 1, 2)/10 as a second channel; the two edge samples on each side are copied (float). Shape of
// scipy.signal.savgol_filter(mode="interp"-less) ports in C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(10, 20)]
public partial class SavitzkyGolayQuadratic5Float
{
    static readonly float[] Smooth = { -3f, 12f, 17f, 12f, -3f };
    static readonly float[] Slope = { -2f, -1f, 0f, 1f, 2f };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        Span<float> smoothed = y.Slice(0, n);
        Span<float> derivative = y.Slice(n, n);
        for (int i = 0; i < n; i++)
        {
            if (i < 2 || i > n - 3)
            {
                smoothed[i] = x[i];
                derivative[i] = 0f;
                continue;
            }
            ReadOnlySpan<float> window = x.Slice(i - 2, 5);
            float s = 0f, d = 0f;
            for (int k = 0; k < 5; k++)
            {
                s += Smooth[k] * window[k];
                d += Slope[k] * window[k];
            }
            smoothed[i] = s / 35f;
            derivative[i] = d / 10f;
        }
    }
}
