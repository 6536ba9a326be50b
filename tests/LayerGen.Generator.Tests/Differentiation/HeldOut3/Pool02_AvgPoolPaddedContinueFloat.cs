// expect: gradient
// AvgPool1d(kernel_size=3, stride=1, padding=1, count_include_pad=True) (torch.nn.AvgPool1d defaults): window offsets
// -1..1, positions outside the row skipped with `continue`, the sum always divided by 3. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class AvgPoolPadded
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        for (int o = 0; o < n; o++)
        {
            float sum = 0f;
            for (int w = -1; w <= 1; w++)
            {
                int idx = o + w;
                if (idx < 0 || idx >= n)
                    continue;
                sum += x[idx];
            }
            y[o] = sum / 3f;
        }
    }
}
