// expect: gradient
// Mish, x · tanh(softplus(x)), with PyTorch's softplus threshold (beta 1, threshold 20: above it softplus returns x).
// Shape of torch.nn.functional.mish / softplus(threshold=20) as a user ports it to C#: a helper with several
// statements, a local const and an early return on the threshold. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class MishThresholdSoftplus
{
    static double Softplus(double v)
    {
        const double threshold = 20.0;
        if (v > threshold) return v;
        double e = Math.Exp(v);
        return Math.Log(1.0 + e);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double sp = Softplus(x[i]);
            y[i] = x[i] * Math.Tanh(sp);
        }
    }
}
