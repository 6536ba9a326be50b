// expect: gradient
// 1-D pixel shuffle (sub-pixel upsampling, torch.nn.PixelShuffle in one dimension): a row of r = 2 channels × 4
// positions becomes 8 positions, y[p * r + c] = x[c * 4 + p], nested loops with integer index arithmetic, then a
// learnable per-output scale. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class PixelShuffle1d
{
    const int Upscale = 2;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(8, Initial = 1)] ReadOnlySpan<double> scale)
    {
        int positions = x.Length / Upscale;
        for (int c = 0; c < Upscale; c++)
        {
            for (int p = 0; p < positions; p++)
            {
                int o = p * Upscale + c;
                y[o] = scale[o] * x[c * positions + p];
            }
        }
    }
}
