// The focal Tversky loss (Abraham & Khan, 2019) of eight sigmoid predictions against eight soft targets (sigmoids of
// the second half): TI = (TP + s)/(TP + α·FN + β·FP + s) with α = 0.7, β = 0.3, loss (1 − TI)^γ with γ = 0.75; the
// sigmoid is branch-stable in a helper. Shape of the segmentation-losses repositories' FocalTverskyLoss, from memory.
// A user expects the gradient for predictions and targets.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 1)]
public partial class FocalTverskySoftTargets
{
    const double Alpha = 0.7, Beta = 0.3, Gamma = 0.75, Smooth = 1.0;

    static double Sigmoid(double v)
    {
        if (v >= 0) return 1 / (1 + Math.Exp(-v));
        double e = Math.Exp(v);
        return e / (1 + e);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length / 2;
        double tp = 0, fn = 0, fp = 0;
        for (int i = 0; i < n; i++)
        {
            double p = Sigmoid(x[i]);
            double t = Sigmoid(x[n + i]);
            tp += p * t;
            fn += (1 - p) * t;
            fp += p * (1 - t);
        }
        double tversky = (tp + Smooth) / (tp + Alpha * fn + Beta * fp + Smooth);
        y[0] = Math.Pow(1 - tversky, Gamma);
    }
}
