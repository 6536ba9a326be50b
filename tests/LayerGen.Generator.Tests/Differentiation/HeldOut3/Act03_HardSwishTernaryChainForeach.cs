// expect: gradient
// Hard-swish (MobileNetV3; torch.nn.Hardswish): 0 below -3, x above 3, x(x + 3)/6 between, as one ternary chain,
// over the row with foreach and a running output index. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class HardSwishTernaryChain
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        foreach (double v in x)
        {
            y[k++] = v <= -3.0 ? 0.0 : v >= 3.0 ? v : v * (v + 3.0) / 6.0;
        }
    }
}
