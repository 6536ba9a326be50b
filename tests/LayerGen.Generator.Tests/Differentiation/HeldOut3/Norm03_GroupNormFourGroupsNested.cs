// expect: gradient
// GroupNorm (Wu & He 2018; torch.nn.GroupNorm(4, 16)) over one row of 16 channels in 4 groups: nested loops over group
// and member, index g * size + j, eps inside the sqrt, per-channel learnable weight and bias. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(16)]
partial class GroupNormFourGroups
{
    const int Groups = 4;
    const double Eps = 1e-5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(16, Initial = 1)] ReadOnlySpan<double> weight, [Learnable(16)] ReadOnlySpan<double> bias)
    {
        int size = x.Length / Groups;
        for (int g = 0; g < Groups; g++)
        {
            double mean = 0;
            for (int j = 0; j < size; j++) mean += x[g * size + j];
            mean /= size;
            double variance = 0;
            for (int j = 0; j < size; j++)
            {
                double d = x[g * size + j] - mean;
                variance += d * d;
            }
            variance /= size;
            double inv = 1.0 / Math.Sqrt(variance + Eps);
            for (int j = 0; j < size; j++)
            {
                int c = g * size + j;
                y[c] = (x[c] - mean) * inv * weight[c] + bias[c];
            }
        }
    }
}
