// One level of the orthonormal Haar wavelet transform (pywt.dwt(x, "haar")): pair sums in the first half of the output,
// pair differences in the second, both scaled by 1/√2; the half length an int local.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class HaarStepHalvesFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float invSqrt2 = 1f / MathF.Sqrt(2f);
        int half = x.Length / 2;
        for (int i = 0; i < half; i++)
        {
            y[i] = (x[2 * i] + x[2 * i + 1]) * invSqrt2;
            y[half + i] = (x[2 * i] - x[2 * i + 1]) * invSqrt2;
        }
    }
}
