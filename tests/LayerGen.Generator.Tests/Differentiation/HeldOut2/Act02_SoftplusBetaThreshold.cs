// Softplus with beta and threshold, as torch.nn.Softplus(beta=2, threshold=20): linear above the threshold.
// Re-creates: PyTorch's Softplus documentation formula (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(10)]
public partial class SoftplusBetaThreshold
{
    const double Beta = 2.0;
    const double Threshold = 20.0;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double bx = Beta * x[i];
            if (bx > Threshold)
                y[i] = x[i];
            else
                y[i] = Math.Log(1.0 + Math.Exp(bx)) / Beta;
        }
    }
}
