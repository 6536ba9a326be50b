// expect: gradient
// BatchNorm1d in eval mode (torch.nn.BatchNorm1d after training): the running mean and variance are frozen
// constants in static readonly arrays, gamma and beta are learnable. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class BatchNormInference
{
    static readonly double[] RunningMean = { 0.12, -0.40, 1.05, 0.00, -2.30, 0.77 };
    static readonly double[] RunningVar = { 1.10, 0.25, 3.20, 0.90, 4.00, 0.05 };
    const double Eps = 1e-5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(6, Initial = 1)] ReadOnlySpan<double> gamma, [Learnable(6)] ReadOnlySpan<double> beta)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double normalized = (x[i] - RunningMean[i]) / Math.Sqrt(RunningVar[i] + Eps);
            y[i] = gamma[i] * normalized + beta[i];
        }
    }
}
