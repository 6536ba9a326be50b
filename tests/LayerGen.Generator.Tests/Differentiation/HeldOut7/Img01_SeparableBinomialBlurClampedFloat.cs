// A separable 5×5 binomial blur (kernel [1 4 6 4 1]/16 in a table) on the row viewed as a 6×6 image, replicate
// padding by clamping the source index; horizontal pass into a stackalloc buffer, vertical pass into y. Shape of
// OpenCV's GaussianBlur with BORDER_REPLICATE / kornia's filter2d_separable, written as loops from memory.
// A user expects the (linear) gradient.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(36)]
public partial class SeparableBinomialBlurClampedFloat
{
    const int Height = 6, Width = 6, Half = 2;
    static readonly float[] Kernel = { 0.0625f, 0.25f, 0.375f, 0.25f, 0.0625f }; // [1 4 6 4 1] / 16

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> rows = stackalloc float[Height * Width];
        for (int r = 0; r < Height; r++)
            for (int c = 0; c < Width; c++)
            {
                float acc = 0f;
                for (int k = -Half; k <= Half; k++)
                {
                    int cc = Math.Clamp(c + k, 0, Width - 1);
                    acc += Kernel[k + Half] * x[r * Width + cc];
                }
                rows[r * Width + c] = acc;
            }

        for (int r = 0; r < Height; r++)
            for (int c = 0; c < Width; c++)
            {
                float acc = 0f;
                for (int k = -Half; k <= Half; k++)
                {
                    int rr = Math.Clamp(r + k, 0, Height - 1);
                    acc += Kernel[k + Half] * rows[rr * Width + c];
                }
                y[r * Width + c] = acc;
            }
    }
}
