// expect: gradient
// Unsharp masking of an image row: a [1 2 1]/4 blur with reflect padding (index math at the ends), then
// y = x + amount·(x − blur) with a learnable amount, followed by a soft clip to [0, 1] with a tanh knee on the
// pixel values x·0.5 + 0.5 (float). Shape of scikit-image/PIL UnsharpMask ported to one row, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(10)]
public partial class UnsharpMask1dReflectPadFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0.8f)] ReadOnlySpan<float> amount)
    {
        int n = x.Length;
        Span<float> pixel = stackalloc float[10];
        for (int i = 0; i < n; i++) pixel[i] = 0.5f + 0.5f * MathF.Tanh(x[i]);

        for (int i = 0; i < n; i++)
        {
            int left = i == 0 ? 1 : i - 1;            // reflect: x[-1] = x[1]
            int right = i == n - 1 ? n - 2 : i + 1;
            float blur = 0.25f * pixel[left] + 0.5f * pixel[i] + 0.25f * pixel[right];
            float sharpened = pixel[i] + amount[0] * (pixel[i] - blur);
            y[i] = 0.5f + 0.5f * MathF.Tanh(2f * (sharpened - 0.5f));
        }
    }
}
