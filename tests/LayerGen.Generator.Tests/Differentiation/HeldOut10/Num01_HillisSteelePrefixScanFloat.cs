// expect: gradient
// Numerical methods: an inclusive prefix sum by Hillis & Steele's (1986) data-parallel scan, log2(n) passes with offset
// 1 << level over two stackalloc buffers swapped by CopyTo (the GPU-Gems form, written serially), then the scan of
// squares gives running RMS values. Applied to tanh-squashed inputs; outputs cumulative sums | running RMS.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(8, 16)]
public partial class HillisSteelePrefixScanFloat
{
    const int Levels = 3;   // log2(8)

    static void Scan(Span<float> data, Span<float> work)
    {
        for (int level = 0; level < Levels; level++)
        {
            int offset = 1 << level;
            for (int i = 0; i < data.Length; i++)
                work[i] = i >= offset ? data[i] + data[i - offset] : data[i];
            work.CopyTo(data);
        }
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> sums = stackalloc float[8];
        Span<float> squares = stackalloc float[8];
        Span<float> work = stackalloc float[8];
        for (int i = 0; i < 8; i++)
        {
            sums[i] = MathF.Tanh(x[i]);
            squares[i] = sums[i] * sums[i] + 0.01f;
        }
        Scan(sums, work);
        Scan(squares, work);
        for (int i = 0; i < 8; i++)
        {
            y[i] = sums[i];
            y[8 + i] = MathF.Sqrt(squares[i] / (i + 1));
        }
    }
}
